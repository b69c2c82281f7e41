namespace Portal.Domain.Metrics;

/// <summary>How long one stage (by English name, across projects) takes, in elapsed days.</summary>
public sealed record StageDurationSummary(string StageName, Spread Days);

public static class StageReport
{
    /// <summary>
    /// One summary per stage name, in the order the stages are first met (project order when the
    /// durations come from <see cref="CycleTimeMetrics.StageDurations"/>). Stages still open count
    /// with their duration so far; pass only done stages for finished work alone.
    /// </summary>
    public static IReadOnlyList<StageDurationSummary> Summaries(IEnumerable<StageDuration> durations) =>
    [
        .. durations
            .GroupBy(d => d.StageName, StringComparer.Ordinal)
            .Select(g => new StageDurationSummary(g.Key, Statistics.Describe(g.Select(d => d.ActualDays))!)),
    ];

    /// <summary>The stage with the largest median duration; on a tie the earlier stage. Null without durations.</summary>
    public static StageDurationSummary? Bottleneck(IEnumerable<StageDuration> durations)
    {
        StageDurationSummary? slowest = null;
        foreach (var summary in Summaries(durations))
        {
            if (slowest is null || summary.Days.Median > slowest.Days.Median)
            {
                slowest = summary;
            }
        }

        return slowest;
    }
}
