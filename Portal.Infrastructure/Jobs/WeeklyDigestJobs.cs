using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Notifications;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Jobs;

/// <summary>Weekly, to each doc owner: their pages due for review, most urgent first (signals move a page up).</summary>
public sealed class DocOwnerDigestJob(PortalDbContextFactory contexts, DocReviewQueue queue, JobSettingsStore settings, DigestSender digests, JobRunner runner, TimeProvider clock)
{
    public const string Title = "Your weekly review list: {0} doc page(s) due for review";
    public const string Line = "\"{0}\" ({1}): due {2}, {3} warning signal(s)";

    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [60, 300, 900, 3600, 7200])]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RunAsync(CancellationToken cancellationToken) =>
        runner.RunAsync(RecurringJobs.DocOwnerDigest, SendAsync, cancellationToken);

    private async Task<JobResult> SendAsync(CancellationToken cancellationToken)
    {
        var values = await settings.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var due = (await queue.ListAsync(values.Number(JobSettingKeys.AdvanceDaysPerSignal), cancellationToken)).Where(i => i.IsDue(now)).ToList();
        await using var db = contexts.CreateSystemDbContext();
        var byOwner = new Dictionary<string, List<DocReviewItem>>(StringComparer.Ordinal);
        foreach (var page in due)
        {
            foreach (var owner in await StaffDirectory.OwnersAsync(db, page.Owner, cancellationToken))
            {
                (byOwner.TryGetValue(owner.Id, out var list) ? list : byOwner[owner.Id] = []).Add(page);
            }
        }

        var week = WeekKey(now);
        var sent = 0;
        foreach (var (userId, pages) in byOwner)
        {
            var ordered = pages.OrderByDescending(p => p.Signals).ThenBy(p => p.NextReviewAt).ToList();
            if (await digests.SendAsync(userId, Title, [ordered.Count.ToString(CultureInfo.InvariantCulture)], "/docs-reviews", culture => Lines(digests.Localizer, culture, ordered), $"digest:doc-owner:{week}", cancellationToken))
            {
                sent++;
            }
        }

        return new JobResult(sent);
    }

    internal static IReadOnlyList<MailListItem> Lines(INoticeLocalizer localizer, string culture, IEnumerable<DocReviewItem> pages) =>
        [.. pages.Select(p => new MailListItem(
            NotificationMail.Text(localizer, culture, Line, [p.Title, p.Version, p.NextReviewAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Signals.ToString(CultureInfo.InvariantCulture)]),
            p.Link))];

    internal static string WeekKey(DateTimeOffset now) =>
        $"{ISOWeek.GetYear(now.UtcDateTime)}-W{ISOWeek.GetWeekOfYear(now.UtcDateTime):00}";
}

/// <summary>
/// Weekly, to each manager: the week's figures (pages overdue, reminders sent, job runs that failed) and
/// the overdue pages worst first, then the tickets past an SLA target and the onboarding stages past their planned end.
/// </summary>
public sealed class ManagerDigestJob(PortalDbContextFactory contexts, DocReviewQueue queue, JobSettingsStore settings, DigestSender digests, SlaPolicySource sla, JobRunner runner, TimeProvider clock)
{
    public const string Title = "Weekly digest: {0} doc page(s) overdue for review, {1} reminder(s) sent, {2} failed job run(s)";

    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [60, 300, 900, 3600, 7200])]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RunAsync(CancellationToken cancellationToken) =>
        runner.RunAsync(RecurringJobs.ManagerDigest, SendAsync, cancellationToken);

    private async Task<JobResult> SendAsync(CancellationToken cancellationToken)
    {
        var values = await settings.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var weekAgo = now.AddDays(-7);
        var overdue = (await queue.ListAsync(values.Number(JobSettingKeys.AdvanceDaysPerSignal), cancellationToken))
            .Where(i => i.IsDue(now)).OrderByDescending(i => i.DaysOverdue(now)).ThenByDescending(i => i.Signals).ToList();
        await using var db = contexts.CreateSystemDbContext();
        var reminders = await db.Notifications.CountAsync(n => n.CreatedAt >= weekAgo && n.Topic != NoticeTopics.Digest, cancellationToken);
        var failedRuns = await db.JobRuns.CountAsync(r => r.StartedAt >= weekAgo && r.Error != null, cancellationToken);
        var breached = (await SlaRemindersJob.AlertsAsync(db, await sla.CurrentAsync(cancellationToken), now, 100, cancellationToken)).Where(a => a.Breached).Take(50).ToList();
        var stages = (await OverdueStagesJob.OverdueAsync(db, now, cancellationToken)).Take(50).ToList();
        string[] figures = [Count(overdue.Count), Count(reminders), Count(failedRuns)];
        var week = DocOwnerDigestJob.WeekKey(now);
        var sent = 0;
        foreach (var manager in await StaffDirectory.ManagersAsync(db, cancellationToken))
        {
            if (await digests.SendAsync(manager.Id, Title, figures, "/docs-reviews", culture => Lines(culture, overdue, breached, stages), $"digest:manager:{week}", cancellationToken))
            {
                sent++;
            }
        }

        return new JobResult(sent);
    }

    private List<MailListItem> Lines(string culture, IEnumerable<DocReviewItem> pages, IEnumerable<SlaAlert> breached, IEnumerable<OverdueStage> stages) =>
    [
        .. DocOwnerDigestJob.Lines(digests.Localizer, culture, pages.Take(50)),
        .. breached.Select(a => new MailListItem(NotificationMail.Text(digests.Localizer, culture, a.Title, [a.Subject, a.DueText]), a.Link)),
        .. stages.Select(s => new MailListItem(NotificationMail.Text(digests.Localizer, culture, OverdueStagesJob.OwnerTitle, [s.StageName, s.ProjectName, s.PlannedEndText]), s.Link)),
    ];

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
