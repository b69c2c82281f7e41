using System.Globalization;
using Hangfire;
using Portal.Infrastructure.Notifications;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Jobs;

/// <summary>
/// Nags the owners of doc pages due for review, once per review interval however often it runs (the
/// notice's de-duplication key names the page, its due date and the interval number), and tells the
/// managers once when a page stays unreviewed a further threshold of days. Marking a page reviewed moves
/// its due date, which ends the nagging and starts a fresh cycle.
/// </summary>
public sealed class StaleDocsJob(PortalDbContextFactory contexts, DocReviewQueue queue, JobSettingsStore settings, INotifier notifier, JobRunner runner, TimeProvider clock)
{
    public const string OwnerTitle = "Please review \"{0}\" ({1}): its review was due on {2}";
    public const string OwnerEarlyTitle = "Please review \"{0}\" ({1}) early: {2} warning signal(s) since its last review, {3} of them unhelpful rating(s)";
    public const string ManagerTitle = "\"{0}\" ({1}) is {2} day(s) overdue for review; its owner {3} has been reminded";

    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [60, 300, 900, 3600, 7200])]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RunAsync(CancellationToken cancellationToken) =>
        runner.RunAsync(RecurringJobs.StaleDocs, NagAsync, cancellationToken);

    private async Task<JobResult> NagAsync(CancellationToken cancellationToken)
    {
        var values = await settings.GetAsync(cancellationToken);
        var managerAfter = TimeSpan.FromDays(values.Number(JobSettingKeys.ManagerAfterDays));
        var now = clock.GetUtcNow();
        var due = (await queue.ListAsync(values.Number(JobSettingKeys.AdvanceDaysPerSignal), cancellationToken)).Where(i => i.IsDue(now)).ToList();
        await using var db = contexts.CreateSystemDbContext();
        var managers = await StaffDirectory.ManagersAsync(db, cancellationToken);
        foreach (var page in due)
        {
            // Interval 0 runs from the (possibly advanced) due date to one interval past the real one, and so on.
            var cycle = now < page.NextReviewAt ? 0 : (int)((now - page.NextReviewAt).TotalDays / page.IntervalDays);
            var cycleKey = $"{page.PageId:N}:{page.NextReviewAt.UtcTicks}";
            var owners = await StaffDirectory.OwnersAsync(db, page.Owner, cancellationToken);
            var notice = page.Signals > 0 && now < page.NextReviewAt
                ? (OwnerEarlyTitle, Arguments: new[] { page.Title, page.Version, Count(page.Signals), Count(page.UnhelpfulRatings) })
                : (OwnerTitle, Arguments: new[] { page.Title, page.Version, page.NextReviewAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
            foreach (var owner in owners)
            {
                await notifier.NotifyAsync(new Notice(owner.Id, NoticeTopics.DocStale, notice.Item1, page.Link, notice.Arguments, $"doc-stale:{cycleKey}:{cycle}"), cancellationToken);
            }

            if (now >= page.NextReviewAt + managerAfter)
            {
                var ownerNames = owners.Count == 0 ? page.Owner : string.Join(", ", owners.Select(o => o.Email));
                foreach (var manager in managers)
                {
                    await notifier.NotifyAsync(
                        new Notice(manager.Id, NoticeTopics.DocStale, ManagerTitle, page.Link, [page.Title, page.Version, Count(page.DaysOverdue(now)), ownerNames], $"doc-stale-manager:{cycleKey}"),
                        cancellationToken);
                }
            }
        }

        return new JobResult(due.Count);
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
