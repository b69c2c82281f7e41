using Portal.Domain.Onboarding;

namespace Portal.Domain.Metrics;

/// <summary>Application to go-live, counted in the bank's local days (see <see cref="BusinessCalendar"/>).</summary>
public sealed record CycleTime(int CalendarDays, int BusinessDays);

/// <summary>
/// How long a stage has actually taken, in elapsed days (fractional: a sandbox can be opened in
/// hours). <see cref="VarianceDays"/> is actual minus planned, positive when late, and only
/// for a done stage: a stage still open has no final duration to compare yet.
/// </summary>
public sealed record StageDuration(
    Guid ProjectId,
    Guid StageId,
    string StageName,
    StageStatus Status,
    double ActualDays,
    double PlannedDays,
    double? VarianceDays,
    int TimesReopened);

public static class CycleTimeMetrics
{
    /// <summary>Null until the project is live (or when it never started).</summary>
    public static CycleTime? Of(DateTimeOffset? applicationAt, DateTimeOffset? goLiveAt, BusinessCalendar? calendar = null)
    {
        if (applicationAt is not { } from || goLiveAt is not { } to)
        {
            return null;
        }

        var bank = calendar ?? BusinessCalendar.Default;
        return new CycleTime(bank.CalendarDaysBetween(from, to), bank.BusinessDaysBetween(from, to));
    }

    public static CycleTime? Of(ProjectTimeline project, BusinessCalendar? calendar = null) =>
        Of(project.ApplicationAt, project.GoLiveAt, calendar);

    /// <summary>
    /// The time a stage has been open (in progress or blocked) up to <paramref name="now"/>, from
    /// its transitions: a reopened stage adds each period it was open, and the time between a
    /// completion and the reopen does not count. Blocked time counts, because a blocked stage is
    /// still holding the project up, which is what a bottleneck report must show. Changes after
    /// <paramref name="now"/> are ignored, so a report can be computed as of a past date. Without
    /// transitions (data imported from elsewhere) the actual start and end are used.
    /// </summary>
    public static TimeSpan ActiveTime(StageTimeline stage, DateTimeOffset now)
    {
        if (stage.Transitions.Count == 0)
        {
            return stage.ActualStart is { } start && stage.Status != StageStatus.Skipped
                ? Positive((stage.ActualEnd is { } end && end <= now ? end : now) - start)
                : TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        DateTimeOffset? openSince = null;
        foreach (var change in stage.Transitions.Where(t => t.At <= now))
        {
            var wasOpen = IsOpen(change.From);
            var isOpen = IsOpen(change.To);
            if (!wasOpen && isOpen)
            {
                openSince = change.At;
            }
            else if (wasOpen && !isOpen && openSince is { } since)
            {
                total += Positive(change.At - since);
                openSince = null;
            }
        }

        return openSince is { } stillOpenSince ? total + Positive(now - stillOpenSince) : total;
    }

    /// <summary>Every stage that has actually been worked on, in project order; skipped and not-started stages are left out.</summary>
    public static IReadOnlyList<StageDuration> StageDurations(ProjectTimeline project, DateTimeOffset now) =>
    [
        .. project.Stages
            .Where(s => s.Status is not (StageStatus.Skipped or StageStatus.NotStarted))
            .Select(s =>
            {
                var actual = ActiveTime(s, now).TotalDays;
                var planned = (s.PlannedEnd - s.PlannedStart).TotalDays;
                return new StageDuration(
                    project.ProjectId,
                    s.StageId,
                    s.EnglishName,
                    s.Status,
                    actual,
                    planned,
                    s.Status == StageStatus.Done ? actual - planned : null,
                    s.Transitions.Count(t => t is { From: StageStatus.Done, To: StageStatus.InProgress }));
            }),
    ];

    /// <summary>
    /// Actual cycle minus planned cycle in elapsed days (positive when go-live came later than
    /// planned, measured from the actual application); null until the project is live.
    /// </summary>
    public static double? PlanVarianceDays(ProjectTimeline project)
    {
        var goLive = project.Stages.SingleOrDefault(s => s.IsGoLive);
        if (goLive is null || project.ApplicationAt is not { } applied || project.GoLiveAt is not { } live)
        {
            return null;
        }

        var planned = goLive.PlannedEnd - project.Stages.Min(s => s.PlannedStart);
        return ((live - applied) - planned).TotalDays;
    }

    private static bool IsOpen(StageStatus status) => status is StageStatus.InProgress or StageStatus.Blocked;

    private static TimeSpan Positive(TimeSpan span) => span < TimeSpan.Zero ? TimeSpan.Zero : span;
}
