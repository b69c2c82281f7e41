using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Portal.Web.Localization;

public static class Cultures
{
    public const string English = "en";
    public const string Chinese = "zh-CN";

    public static readonly IReadOnlyList<string> Supported = [English, Chinese];

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions().SetDefaultCulture(English);
        var cultures = Supported.Select(CultureInfo.GetCultureInfo).ToList();
        options.SupportedCultures = cultures;
        options.SupportedUICultures = cultures;
        // The reader's choice (cookie) wins over the browser's Accept-Language.
        options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        return options;
    }

    /// <summary>Sets the culture cookie and goes back to the page the reader was on: a full reload, so every string changes.</summary>
    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture/set", async (HttpContext context, Portal.Web.Features.Notifications.NotificationsService notifications, string culture, string? redirectUri) =>
        {
            if (!Supported.Contains(culture))
            {
                return Results.BadRequest($"Supported cultures: {string.Join(", ", Supported)}.");
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            // A signed-in person's e-mails follow the language they chose.
            await notifications.RememberCultureAsync(culture, context.RequestAborted);
            var target = string.IsNullOrEmpty(redirectUri) || !Uri.IsWellFormedUriString(redirectUri, UriKind.Relative) || redirectUri.StartsWith("//", StringComparison.Ordinal)
                ? "/"
                : redirectUri;
            return Results.LocalRedirect(target.StartsWith('/') ? target : "/" + target);
        })
        .AllowAnonymous()
        .WithName("SetCulture");
        return endpoints;
    }
}
