using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Infrastructure.Notifications;
using Portal.Web.Localization;

namespace Portal.Web.Features.Notifications;

/// <summary>Notification titles and e-mail texts are keys of the same resources as the UI.</summary>
public sealed class NoticeLocalizer(IStringLocalizer<SharedResource> localizer) : INoticeLocalizer
{
    public string Translate(string key, string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return localizer[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
