using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Infrastructure.Email;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Notifications;

/// <summary>The first notifier: every notice becomes an e-mail to the recipient, in English.</summary>
public sealed class MailNotifier(PortalDbContextFactory contexts, IMailTransport transport, IOptions<EmailOptions> options) : INotifier
{
    public async Task NotifyAsync(Notice notice, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateSystemDbContext();
        var email = await db.Users.Where(u => u.Id == notice.UserId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (string.IsNullOrEmpty(email))
        {
            return;
        }

        var title = string.Format(CultureInfo.InvariantCulture, notice.Title, [.. notice.Arguments ?? []]);
        var message = new MimeMessage
        {
            Subject = title,
            Body = new BodyBuilder { HtmlBody = $"<p>{WebUtility.HtmlEncode(title)}</p><p><a href=\"{WebUtility.HtmlEncode(notice.Link)}\">{WebUtility.HtmlEncode(notice.Link)}</a></p>" }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress(options.Value.FromName, options.Value.FromAddress));
        message.To.Add(MailboxAddress.Parse(email));
        await transport.SendAsync(message, cancellationToken);
    }
}
