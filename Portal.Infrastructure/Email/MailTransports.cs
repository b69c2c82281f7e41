using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Portal.Infrastructure.Email;

/// <summary>Where outgoing mail goes: a pickup folder by default, SMTP in production.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

public sealed class PickupFolderMailTransport(PortalPaths paths, TimeProvider clock) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        // Written under a temporary name and then renamed, so a reader never sees half a message.
        var name = $"{clock.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}";
        var temporary = Path.Combine(paths.MailPickup, name + ".tmp");
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(paths.MailPickup, name + ".eml"));
    }
}

public sealed class SmtpMailTransport(IOptions<EmailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost ?? "localhost", settings.SmtpPort, SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
