using Microsoft.EntityFrameworkCore;
using Portal.Domain.Docs;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Notifications;

namespace Portal.Tests.Jobs;

/// <summary>
/// The stale-docs job against a real SQLite database with a clock the test moves. Each test imports a
/// page of its own (owner support@demo.local, reviewed 2026-05-20, every 30 days: due 2026-06-19).
/// </summary>
public sealed class RemindingOwnersOfStaleDocsTests(JobsApplicationFactory factory) : IClassFixture<JobsApplicationFactory>
{
    private const string Owner = "support@demo.local";
    private const string FrontMatter = "owner: support@demo.local\nreview_interval: 30\nlast_reviewed: 2026-05-20";
    private static readonly DateTimeOffset Due = new(2026, 6, 19, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task StaleDocs_RunOftenWithinOneInterval_NagsTheOwnerOnce_AndAgainNextInterval()
    {
        var link = await factory.ImportPageAsync("stale-once", FrontMatter);
        factory.Clock.SetTo(Due.AddDays(-1));
        await RunStaleDocsAsync();
        Assert.Empty(await factory.NotificationsAboutAsync(link));

        foreach (var day in new[] { 1, 2, 5, 12, 29 })
        {
            factory.Clock.SetTo(Due.AddDays(day));
            await RunStaleDocsAsync();
            await RunStaleDocsAsync();
        }

        var nags = await OwnerNagsAsync(link);
        var nag = Assert.Single(nags);
        Assert.Equal(StaleDocsJob.OwnerTitle, nag.Title);
        Assert.Equal(["Guide stale-once", "stale-once", "2026-06-19"], nag.Arguments);

        factory.Clock.SetTo(Due.AddDays(31));
        await RunStaleDocsAsync();
        await RunStaleDocsAsync();

        Assert.Equal(2, (await OwnerNagsAsync(link)).Count);
    }

    [Fact]
    public async Task StaleDocs_UnreviewedPastTheManagerThreshold_TellsTheManagerOnce()
    {
        var link = await factory.ImportPageAsync("stale-manager", FrontMatter);
        factory.Clock.SetTo(Due.AddDays(13));
        await RunStaleDocsAsync();
        Assert.DoesNotContain(await factory.NotificationsAboutAsync(link), n => n.Email == "manager@demo.local");

        factory.Clock.SetTo(Due.AddDays(14));
        await RunStaleDocsAsync();
        factory.Clock.SetTo(Due.AddDays(20));
        await RunStaleDocsAsync();

        var told = (await factory.NotificationsAboutAsync(link)).Where(n => n.Email == "manager@demo.local").ToList();
        var notice = Assert.Single(told).Notification;
        Assert.Equal(StaleDocsJob.ManagerTitle, notice.Title);
        Assert.Equal("14", notice.Arguments[2]);
        Assert.Equal(Owner, notice.Arguments[3]);
    }

    [Fact]
    public async Task StaleDocs_NegativeFeedback_BringsTheNagForward()
    {
        var link = await factory.ImportPageAsync("stale-feedback", FrontMatter);
        factory.Clock.SetTo(Due.AddDays(-20));
        await RunStaleDocsAsync();
        Assert.Empty(await OwnerNagsAsync(link));

        // Three unhelpful ratings at 7 days each bring the review 21 days forward: due now.
        var page = await factory.WithDatabaseAsync(db => db.DocPages.SingleAsync(p => p.Title == "Guide stale-feedback"));
        await factory.WithDatabaseAsync(async db =>
        {
            for (var i = 0; i < 3; i++)
            {
                db.DocFeedback.Add(new DocFeedback(page.Id, page.CurrentRevisionId!.Value, helpful: false, "Outdated", null, null, factory.Clock.GetUtcNow()));
            }

            db.DocFeedback.Add(new DocFeedback(page.Id, page.CurrentRevisionId!.Value, helpful: true, null, null, null, factory.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        await RunStaleDocsAsync();

        var nag = Assert.Single(await OwnerNagsAsync(link));
        Assert.Equal(StaleDocsJob.OwnerEarlyTitle, nag.Title);
        Assert.Equal("3", nag.Arguments[2]);

        // The real due date is the same review cycle: no second nag when it comes.
        factory.Clock.SetTo(Due.AddDays(1));
        await RunStaleDocsAsync();
        Assert.Single(await OwnerNagsAsync(link));
    }

    [Fact]
    public async Task StaleDocs_MarkedReviewed_StopsTheNags()
    {
        var link = await factory.ImportPageAsync("stale-reviewed", FrontMatter);
        factory.Clock.SetTo(Due.AddDays(2));
        await RunStaleDocsAsync();
        Assert.Single(await OwnerNagsAsync(link));

        var ownerId = await factory.UserIdAsync(Owner);
        await factory.WithDatabaseAsync(async db =>
        {
            var page = await db.DocPages.SingleAsync(p => p.Title == "Guide stale-reviewed");
            page.MarkReviewed(factory.Clock.GetUtcNow(), ownerId);
            return await db.SaveChangesAsync();
        });

        // Past the old cycle's next interval and past the manager threshold: silence, because the page was reviewed.
        foreach (var day in new[] { 3, 16, 31 })
        {
            factory.Clock.SetTo(Due.AddDays(day));
            await RunStaleDocsAsync();
        }

        Assert.Single(await OwnerNagsAsync(link));
        Assert.DoesNotContain(await factory.NotificationsAboutAsync(link), n => n.Email == "manager@demo.local");

        // A new cycle starts from the review: 30 days after it, the owner is reminded again.
        factory.Clock.SetTo(Due.AddDays(33));
        await RunStaleDocsAsync();
        Assert.Equal(2, (await OwnerNagsAsync(link)).Count);
    }

    [Fact]
    public async Task StaleDocs_OwnedByARole_RemindsEveryoneInIt_AndNobodyElse()
    {
        var link = await factory.ImportPageAsync("stale-role", "owner: Support\nreview_interval: 30\nlast_reviewed: 2026-05-20");
        factory.Clock.SetTo(Due.AddDays(1));
        await RunStaleDocsAsync();

        var recipients = (await factory.NotificationsAboutAsync(link)).Select(n => n.Email).Order(StringComparer.Ordinal).ToList();
        var support = await factory.WithDatabaseAsync(db =>
            (from u in db.Users
             join ur in db.UserRoles on u.Id equals ur.UserId
             join r in db.Roles on ur.RoleId equals r.Id
             where r.Name == Portal.Domain.Roles.Support
             select u.Email!).ToListAsync());

        // Everyone in the Support role, and nobody else: no partner, no manager, no admin.
        Assert.Contains(Owner, recipients);
        Assert.Equal(support.Order(StringComparer.Ordinal), recipients);
        Assert.DoesNotContain("manager@demo.local", recipients);
        Assert.DoesNotContain(recipients, r => r.StartsWith("dev@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StaleDocs_EveryRun_IsRecordedWithItsItems()
    {
        await factory.ImportPageAsync("stale-runs", FrontMatter);
        factory.Clock.SetTo(Due.AddDays(1));
        var before = await factory.WithDatabaseAsync(db => db.JobRuns.CountAsync(r => r.Job == RecurringJobs.StaleDocs));

        await RunStaleDocsAsync();

        var run = await factory.WithDatabaseAsync(db => db.JobRuns.Where(r => r.Job == RecurringJobs.StaleDocs).OrderByDescending(r => r.StartedAt).FirstAsync());
        Assert.Equal(before + 1, await factory.WithDatabaseAsync(db => db.JobRuns.CountAsync(r => r.Job == RecurringJobs.StaleDocs)));
        Assert.True(run.Succeeded);
        Assert.True(run.ItemsHandled >= 1);
        Assert.Equal(factory.Clock.GetUtcNow(), run.FinishedAt);
    }

    private Task RunStaleDocsAsync() => factory.RunAsync<StaleDocsJob>(job => job.RunAsync(CancellationToken.None));

    private async Task<List<Portal.Domain.Notifications.Notification>> OwnerNagsAsync(string link) =>
        [.. (await factory.NotificationsAboutAsync(link)).Where(n => n.Email == Owner && n.Notification.Topic == NoticeTopics.DocStale).Select(n => n.Notification)];
}
