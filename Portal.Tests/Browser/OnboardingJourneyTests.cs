using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Domain.Onboarding;
using Portal.Infrastructure.Persistence;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>Onboarding in a real browser: a manager compares cohorts and takes the CSV away; support log time and add an item on a stage, and reopen a defect; a partner ticks their own item.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OnboardingJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Manager_PicksACohortDate_SeesTheComparisonAndDownloadsTheCsv()
    {
        var cutoff = DateTime.UtcNow.Date.AddDays(-200);
        var cutoffAt = new DateTimeOffset(cutoff, TimeSpan.Zero);
        var periodStart = new DateTimeOffset(DateTime.UtcNow.Date.AddYears(-2), TimeSpan.Zero);
        var applications = await Browser.Portal.WithDatabaseAsync(async db =>
            (await db.OnboardingProjects.Include(p => p.Stages).ToListAsync()).Select(p => p.ApplicationAt).OfType<DateTimeOffset>().Where(a => a >= periodStart).ToList());
        var expectedBefore = applications.Count(a => a < cutoffAt);

        await Page.SignInAsync("manager@demo.local", DemoData.Password);
        await Page.GetByTestId("nav").GetByRole(AriaRole.Link, new() { Name = "Onboarding report", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/reports/onboarding"));
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // The report computes every project's metrics; give it longer than a click.
        await Expect(Page.GetByTestId("bottleneck")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        var date = Page.GetByTestId("cohort-date").Locator("input");
        await date.FillAsync(cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await date.PressAsync("Tab");

        await Expect(Page).ToHaveURLAsync(new Regex("cutoff=" + cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        await Expect(Page.GetByTestId("cohort-before-count")).ToHaveTextAsync($"Before: {expectedBefore} partners");
        await Expect(Page.GetByTestId("cohort-after-count")).ToHaveTextAsync($"After: {applications.Count - expectedBefore} partners");
        await Expect(Page.Locator("[data-test=cohort-row][data-metric=CycleTimeCalendarDays] [data-test=median-change]")).ToHaveTextAsync(new Regex("^[-+]?\\d+ %$"));
        await Page.SaveScreenshotAsync(BrowserFixture.ScreenshotPath("onboarding-report.png"));

        // Drill down from the after-cohort's median cycle time to the partners behind it.
        await Page.Locator("[data-test=cohort-row][data-metric=CycleTimeCalendarDays] [data-test=after-median] a").ClickAsync();
        await Expect(Page.GetByTestId("drill-row").First).ToBeVisibleAsync();

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("download-csv").ClickAsync());
        var path = await download.PathAsync();
        var lines = (await File.ReadAllTextAsync(path)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("partner_id,partner,", lines[0], StringComparison.Ordinal);
        Assert.Equal(applications.Count, lines.Length - 1);
    }

    [Fact]
    public async Task Support_LogsTime_AddsAnItemWithItsDocPage_AndReopensADefect()
    {
        var acme = await Browser.Portal.WithDatabaseAsync(db => db.Partners.Where(p => p.Name == DemoData.AcmeName).Select(p => p.Id).SingleAsync());
        var project = await Browser.Portal.WithDatabaseAsync(db => db.OnboardingProjects.Where(p => p.PartnerId == acme).Select(p => p.Id).FirstAsync());
        await Page.SignInAsync("support@demo.local", DemoData.Password);
        await Page.GotoAsync($"/onboarding/projects/{project}");

        // The stage in progress is open; its "Log time" opens one dialog (clicked again until the circuit has connected).
        var minutes = Page.GetByTestId("log-time-minutes").Locator("input");
        await Page.GetByTestId("log-time").Filter(new() { Visible = true }).First.ChooseFromMenuAsync(minutes);
        await minutes.FillAsync("45");
        await Page.GetByTestId("log-time-note").Locator("input").FillAsync("Certificate troubleshooting call");
        await Page.SaveScreenshotAsync(BrowserFixture.ScreenshotPath("onboarding-log-time.png"), fullPage: false);
        await Page.GetByTestId("log-time-ok").ClickAsync();

        await Expect(Page.GetByTestId("stages")).ToContainTextAsync("45 min · Certificate troubleshooting call");
        var logged = await Browser.Portal.WithDatabaseAsync(db => db.TimeEntries
            .Where(t => t.Note == "Certificate troubleshooting call" && t.PartnerId == acme && t.StageId != null)
            .Select(t => new { t.Minutes, t.At })
            .SingleAsync());
        Assert.Equal(45, logged.Minutes);
        Assert.Equal(DateTime.UtcNow.Date, logged.At.UtcDateTime.Date); // today, the dialog's default day

        // A checklist item that links the page to read, found by searching the docs in the dialog.
        var text = Page.GetByTestId("item-text").Locator("input");
        await Page.GetByTestId("add-item").Filter(new() { Visible = true }).First.ClickAsync();
        await text.FillAsync("Add the idempotency header to payment requests");
        var doc = Page.GetByTestId("item-doc").Locator("input");
        await doc.FillAsync("idempotency");
        await Page.Locator(".portal-doc-option").First.ClickAsync();
        await Expect(doc).ToHaveValueAsync(new Regex(@"\(v2\)$"));
        await Page.SaveScreenshotAsync(BrowserFixture.ScreenshotPath("onboarding-add-item.png"), fullPage: false);
        await Page.GetByTestId("item-ok").ClickAsync();

        var checklist = Page.GetByTestId("checklist").Filter(new() { HasText = "Add the idempotency header to payment requests" });
        await Expect(checklist.GetByRole(AriaRole.Link, new() { Name = "Read the docs" }).Last).ToHaveAttributeAsync("href", new Regex("^/docs/v2/"));
        var docPath = await Browser.Portal.WithDatabaseAsync(db => db.Set<ChecklistItem>()
            .Where(i => i.Text == "Add the idempotency header to payment requests")
            .Select(i => i.DocPath)
            .SingleAsync());
        Assert.StartsWith("v2/", docPath, StringComparison.Ordinal);

        // A post-launch defect resolved too soon is reopened from the same page.
        var defect = new PostLaunchDefect(acme, DefectSeverity.P2, DateTimeOffset.UtcNow.AddDays(-1), "Callback retries stop after one attempt", project, null, null, null);
        defect.Resolve(DateTimeOffset.UtcNow);
        await Browser.Portal.WithDatabaseAsync(db => { db.PostLaunchDefects.Add(defect); return db.SaveChangesAsync(); });
        await Page.ReloadAsync();
        var row = Page.Locator("tr", new() { HasText = "Callback retries stop after one attempt" });
        await row.GetByTestId("reopen-defect").ClickUntilVisibleAsync(row.GetByTestId("resolve-defect"));
        Assert.Null(await Browser.Portal.WithDatabaseAsync(db => db.PostLaunchDefects.Where(d => d.Id == defect.Id).Select(d => d.ResolvedAt).SingleAsync()));
    }

    [Fact]
    public async Task Partner_TicksTheirChecklistItem_AndItStaysTicked()
    {
        const string Item = "Implement the consent flow";
        await Page.SignInAsync("dev@acme.demo.local", DemoData.Password);
        await Page.GetByTestId("nav").GetByRole(AriaRole.Link, new() { Name = "My onboarding", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/my-onboarding$"));
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(Page.GetByTestId("timeline")).ToBeVisibleAsync();

        var item = Page.GetByTestId("my-items").Locator($"[data-item='{Item}']");
        var checkbox = item.Locator("input[type=checkbox]");
        await Expect(checkbox).Not.ToBeCheckedAsync();
        await checkbox.ClickAsync();

        await Expect(item.GetByTestId("done-by")).ToContainTextAsync("Dana Developer (Acme)");
        await Page.SaveScreenshotAsync(BrowserFixture.ScreenshotPath("my-onboarding.png"));
        var saved = await Browser.Portal.WithDatabaseAsync(db => db.OnboardingProjects
            .Where(p => p.Name == DemoData.AcmeName + DemoHistory.ProjectNameSuffix)
            .SelectMany(p => p.Stages).SelectMany(s => s.Checklist)
            .SingleAsync(c => c.Text == Item));
        Assert.True(saved.IsDone);

        await Page.ReloadAsync();
        await Expect(Page.GetByTestId("my-items").Locator($"[data-item='{Item}'] input[type=checkbox]")).ToBeCheckedAsync();

        // Their checklist lists only the partner's side; bank-side items are not theirs to tick.
        await Expect(Page.GetByTestId("my-items").Locator("[data-stage='Security review']")).ToHaveCountAsync(0);
    }
}
