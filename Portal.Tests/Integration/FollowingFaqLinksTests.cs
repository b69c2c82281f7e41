using System.Net;
using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>A link in an FAQ answer opens the page it names (a reported bug: it opened "Not found").</summary>
public sealed partial class FollowingFaqLinksTests(PortalApplicationFactory factory) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task GettingStartedLink_OnTheFaqPage_OpensTheGettingStartedPage()
    {
        await factory.WaitForStartupWorkAsync();
        var client = await factory.SignInAsPartnerAsync();
        var faq = await client.GetStringAsync("/faq?q=access");
        var match = RegisterLink().Match(faq);
        Assert.True(match.Success, "The FAQ page shows no link to the getting-started page's registration section.");
        var href = WebUtility.HtmlDecode(match.Groups["href"].Value);
        Assert.Equal("/docs/v2/getting-started#register-on-the-portal", href);

        var page = await client.GetAsync(href[..href.IndexOf('#', StringComparison.Ordinal)]);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Not found", html, StringComparison.Ordinal);
        Assert.Contains("id=\"register-on-the-portal\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"(?<href>[^\"]*register-on-the-portal)\"")]
    private static partial Regex RegisterLink();
}
