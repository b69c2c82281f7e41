namespace Portal.Domain.Metrics;

/// <param name="Count">How many rows of the cohort have a value for the metric.</param>
public sealed record CohortValue(int Count, double? Median, double? Mean);

/// <param name="MedianChangePercent">After against before, in percent of before; negative is a decrease. Null when before is 0 or a cohort has no value.</param>
public sealed record MetricComparison(
    OnboardingMetric Metric,
    CohortValue Before,
    CohortValue After,
    double? MedianChangePercent,
    double? MeanChangePercent);

/// <summary>Partners that applied before the cutoff against those that applied at or after it; the rows are kept for drill-down.</summary>
public sealed record CohortComparison(
    DateTimeOffset Cutoff,
    int BeforePartners,
    int AfterPartners,
    IReadOnlyList<PartnerOnboardingRow> BeforeRows,
    IReadOnlyList<PartnerOnboardingRow> AfterRows,
    IReadOnlyList<MetricComparison> Metrics)
{
    public MetricComparison For(OnboardingMetric metric) =>
        Metrics.SingleOrDefault(m => m.Metric == metric)
        ?? throw new ArgumentException($"{metric} was not compared.", nameof(metric));
}

public static class Cohorts
{
    /// <summary>
    /// Splits rows by application date (before the cutoff, or at and after it); rows of projects
    /// that have not started have no application date and are in neither cohort.
    /// </summary>
    /// <param name="metrics">Null compares every metric.</param>
    public static CohortComparison Compare(
        IEnumerable<PartnerOnboardingRow> rows, DateTimeOffset cutoff, IReadOnlyList<OnboardingMetric>? metrics = null)
    {
        var started = rows.Where(r => r.ApplicationAt is not null).ToList();
        var before = started.Where(r => r.ApplicationAt < cutoff).ToList();
        var after = started.Where(r => r.ApplicationAt >= cutoff).ToList();
        return new CohortComparison(
            cutoff,
            before.Select(r => r.PartnerId).Distinct().Count(),
            after.Select(r => r.PartnerId).Distinct().Count(),
            before,
            after,
            [.. (metrics ?? Enum.GetValues<OnboardingMetric>()).Select(m => Compare(m, before, after))]);
    }

    private static MetricComparison Compare(OnboardingMetric metric, List<PartnerOnboardingRow> before, List<PartnerOnboardingRow> after)
    {
        var was = Value(metric, before);
        var now = Value(metric, after);
        return new MetricComparison(
            metric,
            was,
            now,
            Statistics.ChangePercent(was.Median, now.Median),
            Statistics.ChangePercent(was.Mean, now.Mean));
    }

    private static CohortValue Value(OnboardingMetric metric, List<PartnerOnboardingRow> rows)
    {
        var values = rows.Select(r => r.Value(metric)).OfType<double>().ToList();
        return new CohortValue(values.Count, Statistics.Median(values), Statistics.Mean(values));
    }
}
