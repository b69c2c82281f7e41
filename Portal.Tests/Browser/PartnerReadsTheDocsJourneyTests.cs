using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Persistence;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>A partner developer looks something up: search, the exact section, the other version, feedback.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PartnerReadsTheDocsJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Partner_SearchesOpensTheSectionSwitchesVersionAndLeavesFeedback()
    {
        await Browser.Portal.WaitForStartupWorkAsync();
        await Page.SignInAsync("dev@acme.demo.local", DemoData.Password);

        // Search from the app bar: results appear while typing; the hit opens the section's anchor.
        var box = Page.GetByTestId("search-box").Locator("input");
        var hit = Page.Locator(".portal-search-item", new() { HasText = "Domestic payments" }).Filter(new() { HasText = "v2" }).First;
        for (var attempt = 1; !await hit.IsVisibleAsync(); attempt++)
        {
            await box.FillAsync("");
            await box.PressSequentiallyAsync("idempotency key");
            try
            {
                await hit.WaitForAsync(new() { Timeout = 3_000 });
            }
            catch (TimeoutException) when (attempt < 6)
            {
                // The circuit was not connected when typing started; type again.
            }
        }

        await hit.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/docs/v2/payments/domestic-payments#idempotency$"));
        await Expect(Page.Locator("#idempotency")).ToBeInViewportAsync();
        await Page.SaveScreenshotAsync(BrowserFixture.ScreenshotPath("docs-section.png"), fullPage: false);

        // The same page in the deprecated version, from "this page in other versions", with its banner.
        await Page.GetByTestId("other-versions").GetByText("v1", new() { Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/docs/v1/payments/domestic-payments(#.*)?$"));
        await Expect(Page.GetByTestId("deprecated-banner")).ToBeVisibleAsync();

        // "Was this helpful?": no, with a comment for the page's owner.
        await Page.GetByTestId("helpful-no").ClickAsync();
        await Page.GetByTestId("feedback-comment").Locator("textarea").FillAsync("Please show a full v1 example with the idempotency header.");
        await Page.GetByTestId("feedback-send").ClickAsync();
        await Expect(Page.GetByTestId("feedback-thanks")).ToBeVisibleAsync();

        var stored = await Browser.Portal.WithDatabaseAsync(db => db.DocFeedback.Where(f => !f.Helpful).Select(f => new { f.Comment, f.PartnerId }).ToListAsync());
        var acme = await Browser.Portal.WithDatabaseAsync(db => db.Partners.Where(p => p.Name == DemoData.AcmeName).Select(p => p.Id).SingleAsync());
        Assert.Contains(stored, f => f.Comment == "Please show a full v1 example with the idempotency header." && f.PartnerId == acme);

        // Reading v1 now, the app bar's search puts v1's sections first.
        await box.FillAsync("idempotency key");
        var items = Page.Locator(".portal-search-item");
        await Expect(items.First).ToBeVisibleAsync();
        Assert.All((await items.Locator("small").AllInnerTextsAsync()).Where(v => v.Length > 0).Take(3), v => Assert.Equal("v1", v)); // FAQ entries have no version

        // A search that finds nothing is recorded once (not once more for the prerendered page) and staff see it.
        await Page.GotoAsync("/search?q=" + Uri.EscapeDataString(NothingFound) + "&version=v2");
        await Expect(Page.GetByTestId("result-count")).ToContainTextAsync("0 results");
        await using var staffContext = await Browser.NewContextAsync();
        var staff = await staffContext.NewPageAsync();
        await staff.SignInAsync("support@demo.local", DemoData.Password);
        await staff.GotoAsync("/search-insights");
        await Expect(staff.GetByTestId("insights-not-found")).ToContainTextAsync(NothingFound);
        await staff.SaveScreenshotAsync(BrowserFixture.ScreenshotPath("search-insights.png"));
        Assert.Equal(1, await Browser.Portal.WithDatabaseAsync(db => db.SearchLog.CountAsync(e => e.Query == NothingFound)));
    }

    private const string NothingFound = "plughxyzzy frobnitzing";
}
