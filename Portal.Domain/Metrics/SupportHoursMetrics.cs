using Portal.Domain.Onboarding;

namespace Portal.Domain.Metrics;

/// <param name="StageId">The stage the time was spent on; for ticket time, the ticket's stage when it is known.</param>
public sealed record TimeLog(int Minutes, DateTimeOffset At, Guid? StageId = null)
{
    public static TimeLog From(TimeEntry entry) => new(entry.Minutes, entry.At, entry.StageId);
}

/// <summary>Hours, unrounded: rounding is the display's job, so totals add up.</summary>
public sealed record SupportHours(
    double TotalHours,
    double BeforeGoLiveHours,
    double AfterGoLiveHours,
    double UnstagedHours,
    IReadOnlyDictionary<Guid, double> HoursPerStage);

public static class SupportHoursMetrics
{
    /// <summary>
    /// Splits by when the work was done: an entry at or after go-live counts after it. Until the
    /// partner is live, every hour counts before go-live.
    /// </summary>
    public static SupportHours Of(IEnumerable<TimeLog> entries, DateTimeOffset? goLiveAt)
    {
        var all = entries.ToList();
        var after = all.Where(e => goLiveAt is { } live && e.At >= live).Sum(e => e.Minutes);
        var total = all.Sum(e => e.Minutes);
        var perStage = all
            .Where(e => e.StageId is not null)
            .GroupBy(e => e.StageId!.Value)
            .ToDictionary(g => g.Key, g => Hours(g.Sum(e => e.Minutes)));
        return new SupportHours(
            Hours(total),
            Hours(total - after),
            Hours(after),
            Hours(all.Where(e => e.StageId is null).Sum(e => e.Minutes)),
            perStage);
    }

    private static double Hours(int minutes) => minutes / 60.0;
}
