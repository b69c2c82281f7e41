using System.Globalization;
using System.Net;
using System.Text;
using Portal.Domain.Notifications;

namespace Portal.Infrastructure.Notifications;

/// <summary>Translates the portal's English text keys into a culture; the web project implements it over its resources.</summary>
public interface INoticeLocalizer
{
    string Translate(string key, string culture);
}

/// <summary>The one template of notification e-mails: a single notice, or a digest of several, in the recipient's language.</summary>
public static class NotificationMail
{
    public const string SingleIntro = "Hello {0}, there is news for you in the Open API Portal:";
    public const string DigestSubject = "Your Open API Portal digest: {0} notification(s)";
    public const string DigestIntro = "Hello {0}, this is what happened in the Open API Portal since your last digest:";
    public const string OpenLink = "Open in the portal";
    public const string Footer = "You get these e-mails because of your notification settings. Change them at {0}.";
    public const string SettingsPath = "/notifications/settings";

    public static string Text(INoticeLocalizer localizer, string culture, string key, IReadOnlyList<string>? arguments)
    {
        var format = localizer.Translate(key, culture);
        try
        {
            return string.Format(CultureInfo.GetCultureInfo(culture), format, [.. arguments ?? []]);
        }
        catch (FormatException)
        {
            return format;
        }
    }

    public static (string Subject, string Html) OneNotice(INoticeLocalizer localizer, string culture, string name, Notification notification, string baseUrl)
    {
        var title = Text(localizer, culture, notification.Title, notification.Arguments);
        var html = new StringBuilder();
        html.Append("<p>").Append(Encode(Text(localizer, culture, SingleIntro, [name]))).Append("</p>");
        html.Append("<p><strong>").Append(Encode(title)).Append("</strong></p>");
        html.Append("<p><a href=\"").Append(Encode(Absolute(baseUrl, notification.Link))).Append("\">").Append(Encode(localizer.Translate(OpenLink, culture))).Append("</a></p>");
        AppendFooter(html, localizer, culture, baseUrl);
        return (title, html.ToString());
    }

    public static (string Subject, string Html) Digest(INoticeLocalizer localizer, string culture, string name, IReadOnlyList<Notification> notifications, string baseUrl)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(Encode(Text(localizer, culture, DigestIntro, [name]))).Append("</p><ul>");
        foreach (var notification in notifications)
        {
            html.Append("<li><a href=\"").Append(Encode(Absolute(baseUrl, notification.Link))).Append("\">")
                .Append(Encode(Text(localizer, culture, notification.Title, notification.Arguments))).Append("</a></li>");
        }

        html.Append("</ul>");
        AppendFooter(html, localizer, culture, baseUrl);
        return (Text(localizer, culture, DigestSubject, [notifications.Count.ToString(CultureInfo.InvariantCulture)]), html.ToString());
    }

    /// <summary>A list e-mail (the weekly digests): an intro, linked lines, the footer.</summary>
    public static string List(INoticeLocalizer localizer, string culture, string intro, IReadOnlyList<string> introArguments, IReadOnlyList<MailListItem> items, string baseUrl)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(Encode(Text(localizer, culture, intro, introArguments))).Append("</p><ul>");
        foreach (var item in items)
        {
            html.Append("<li><a href=\"").Append(Encode(Absolute(baseUrl, item.Link))).Append("\">").Append(Encode(item.Text)).Append("</a></li>");
        }

        html.Append("</ul>");
        AppendFooter(html, localizer, culture, baseUrl);
        return html.ToString();
    }

    public static string Absolute(string baseUrl, string link) => baseUrl.TrimEnd('/') + link;

    private static void AppendFooter(StringBuilder html, INoticeLocalizer localizer, string culture, string baseUrl) =>
        html.Append("<hr><p style=\"color:#666;font-size:small\">")
            .Append(Encode(Text(localizer, culture, Footer, [Absolute(baseUrl, SettingsPath)]))).Append("</p>");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

/// <summary>A line of a list e-mail: text already in the recipient's language, and a portal link.</summary>
public sealed record MailListItem(string Text, string Link);
