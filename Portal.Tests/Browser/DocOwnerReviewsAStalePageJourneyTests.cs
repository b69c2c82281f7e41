using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Persistence;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>A doc owner is nagged while the portal is open: the bell counts up, the notice opens the page, the page is marked reviewed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DocOwnerReviewsAStalePageJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task DocOwner_SeesTheBellCountUp_OpensTheNotice_AndMarksThePageReviewed()
    {
        var directory = Path.Combine(Browser.Portal.DataDirectory, "bell-docs");
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "guide.md"),
            "---\ntitle: Bell guide\nowner: support@demo.local\nreview_interval: 30\nlast_reviewed: 2026-01-05\nlanguage: en\n---\n# Bell guide\n\nText.\n");
        await Browser.Portal.WaitForStartupWorkAsync();
        await Browser.Portal.ImportDocsAsync(directory, "vbell");

        await Page.SignInAsync("support@demo.local", DemoData.Password);
        await Page.GotoAsync("/docs");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var count = Page.GetByTestId("unread-count");
        var before = int.Parse(await count.TextContentAsync() ?? "0", CultureInfo.InvariantCulture);

        // The nightly job runs while the page stays open: the bell counts up without a reload.
        await using (var scope = Browser.Portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StaleDocsJob>().RunAsync(CancellationToken.None);
        }

        await Expect(count).Not.ToHaveTextAsync(before.ToString(CultureInfo.InvariantCulture));
        Assert.True(int.Parse(await count.TextContentAsync() ?? "0", CultureInfo.InvariantCulture) > before);
        await Expect(Page.GetByTestId("bell-badge").Locator(".mud-badge")).ToBeVisibleAsync();

        await Page.GetByTestId("bell").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/notifications$"));
        var notice = Page.GetByTestId("notification").Filter(new() { HasText = "Bell guide" });
        await Expect(notice).ToContainTextAsync("its review was due on 2026-02-04");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Page.SaveScreenshotAsync(BrowserFixture.ScreenshotPath("notifications.png"), fullPage: false);

        await notice.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/docs/vbell/guide$"));
        await Expect(Page.GetByTestId("stale")).ToBeVisibleAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Page.GetByTestId("mark-reviewed").ClickAsync();
        await Expect(Page.GetByTestId("stale")).ToBeHiddenAsync();

        var page = await Browser.Portal.WithDatabaseAsync(db => db.DocPages.SingleAsync(p => p.Title == "Bell guide"));
        Assert.NotNull(page.LastReviewedBy);
        Assert.True(page.NextReviewAt > DateTimeOffset.UtcNow);
        var read = await Browser.Portal.WithDatabaseAsync(db => db.Notifications.AnyAsync(n => n.Link == "/docs/vbell/guide" && n.ReadAt != null));
        Assert.True(read);
    }
}
