using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Persistence;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>Support staff see a query rank the wrong page first, pin the right one for everyone, and later unpin it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffPinsASearchResultJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Query = "idempotency key";

    [Fact]
    public async Task Staff_PinsAResult_PartnersSeeItFirst_UntilStaffUnpinIt()
    {
        await Browser.Portal.WaitForStartupWorkAsync();
        await Page.SignInAsync("support@demo.local", DemoData.Password);
        await Page.GotoAsync("/search?q=" + Uri.EscapeDataString(Query) + "&version=v2");
        var first = Page.GetByTestId("result").First;
        var firstPage = PageTitle(await first.GetByTestId("result-link").InnerTextAsync());
        var other = Page.GetByTestId("result").Filter(new() { HasNotText = firstPage, Has = Page.GetByTestId("result-pin") }).First; // a doc page: FAQ entries are not pinned
        var pinnedPage = PageTitle(await other.GetByTestId("result-link").InnerTextAsync());

        // Another page further down: "Put first".
        var pin = Page.GetByTestId("result").Filter(new() { HasText = pinnedPage }).First.GetByTestId("result-pin");
        await pin.ClickUntilVisibleAsync(first.GetByTestId("result-pinned"));

        await Expect(first).ToContainTextAsync(pinnedPage);
        Assert.Equal(1, await Browser.Portal.WithDatabaseAsync(db => db.SearchPins.CountAsync(p => p.NormalizedQuery == Query)));

        // A partner asking the same thing, in other case and spacing, gets the pinned page first.
        await using var partnerContext = await Browser.NewContextAsync();
        var partner = await partnerContext.NewPageAsync();
        await partner.SignInAsync("dev@acme.demo.local", DemoData.Password);
        var partnersSearch = "/search?q=" + Uri.EscapeDataString("Idempotency   KEY") + "&version=v2";
        await partner.GotoAsync(partnersSearch);
        var partnersFirst = partner.GetByTestId("result").First;
        await Expect(partnersFirst).ToContainTextAsync(pinnedPage);
        await Expect(partnersFirst.GetByTestId("result-pinned")).ToBeVisibleAsync();
        await Expect(partner.GetByTestId("result-pin")).ToHaveCountAsync(0); // partners cannot pin
        await partner.SaveScreenshotAsync(BrowserFixture.ScreenshotPath("search-pinned-result.png"));

        // The partner opens it; search insights learn which result was opened.
        var link = partnersFirst.GetByTestId("result-link");
        await Expect(link).ToHaveAttributeAsync("href", new Regex("^/search/open\\?")); // once this search is recorded
        await link.ClickAsync();
        await Expect(partner).ToHaveURLAsync(new Regex("/docs/v2/"));
        var opened = await Browser.Portal.WithDatabaseAsync(db => db.SearchLog
            .Where(e => e.NormalizedQuery == Query && e.PartnerId != null)
            .Select(e => e.OpenedRank)
            .ToListAsync());
        Assert.Equal([1], opened);

        // Staff list pins on Search insights and take this one back.
        await Page.GotoAsync("/search-insights");
        var pins = Page.GetByTestId("insights-pins");
        await Expect(pins).ToContainTextAsync(Query);
        await Expect(pins).ToContainTextAsync(pinnedPage);
        await Page.SaveScreenshotAsync(BrowserFixture.ScreenshotPath("search-insights-pins.png"));
        await pins.GetByTestId("pin-remove").First.ClickUntilVisibleAsync(pins.GetByText("No pinned results."));

        await partner.GotoAsync(partnersSearch);
        await Expect(partner.GetByTestId("result").First).ToBeVisibleAsync();
        await Expect(partner.GetByTestId("result-pinned")).ToHaveCountAsync(0);
        await Expect(partner.GetByTestId("result").First).ToContainTextAsync(firstPage);

        // Unpinned, the partner skips the first result again and opens that page further down ...
        var again = partner.GetByTestId("result").Filter(new() { HasText = pinnedPage }).First.GetByTestId("result-link");
        await Expect(again).ToHaveAttributeAsync("href", new Regex("^/search/open\\?"));
        await again.ClickAsync();
        await Expect(partner).ToHaveURLAsync(new Regex("/docs/v2/"));

        // ... which search insights list, offering to pin the page opened most, in one click.
        await Page.ReloadAsync();
        var lower = Page.GetByTestId("insights-opened-lower");
        await Expect(lower).ToContainTextAsync("Idempotency KEY");
        await lower.GetByTestId("pin-most-opened").First.ClickUntilVisibleAsync(pins.GetByText(pinnedPage).First);

        await partner.GotoAsync(partnersSearch);
        await Expect(partner.GetByTestId("result").First).ToContainTextAsync(pinnedPage);
    }

    /// <summary>A result link reads "Page title › Section heading".</summary>
    private static string PageTitle(string link) => link.Split(" › ")[0].Trim();
}
