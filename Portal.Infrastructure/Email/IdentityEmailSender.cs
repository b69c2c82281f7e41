using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Infrastructure.Identity;

namespace Portal.Infrastructure.Email;

/// <summary>The account e-mails Identity sends, in the language the person was using when they asked.</summary>
public sealed class IdentityEmailSender(IMailTransport transport, IOptions<EmailOptions> options) : IEmailSender<PortalUser>
{
    public Task SendConfirmationLinkAsync(PortalUser user, string email, string confirmationLink) =>
        SendAsync(email, Chinese
            ? ("请确认您的电子邮件地址", $"欢迎使用开放 API 门户。请<a href=\"{confirmationLink}\">点击此处确认您的账户</a>。")
            : ("Confirm your e-mail address", $"Welcome to the Open API Portal. Please <a href=\"{confirmationLink}\">confirm your account</a>."));

    public Task SendPasswordResetLinkAsync(PortalUser user, string email, string resetLink) =>
        SendAsync(email, Chinese
            ? ("重置您的密码", $"请<a href=\"{resetLink}\">点击此处重置密码</a>。如果不是您本人操作，请忽略此邮件。")
            : ("Reset your password", $"<a href=\"{resetLink}\">Reset your password</a>. If you did not ask for this, ignore this message."));

    public Task SendPasswordResetCodeAsync(PortalUser user, string email, string resetCode) =>
        SendAsync(email, Chinese
            ? ("重置您的密码", $"您的密码重置代码：{WebUtility.HtmlEncode(resetCode)}")
            : ("Reset your password", $"Your password reset code: {WebUtility.HtmlEncode(resetCode)}"));

    private static bool Chinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    private Task SendAsync(string to, (string Subject, string Html) content)
    {
        var settings = options.Value;
        var message = new MimeMessage
        {
            Subject = content.Subject,
            Body = new BodyBuilder { HtmlBody = content.Html }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(to));
        return transport.SendAsync(message, CancellationToken.None);
    }
}
