namespace Portal.Domain.Metrics;

/// <summary>Where a set of values lies: the box of a box plot plus the mean.</summary>
public sealed record Spread(int Count, double Min, double P25, double Median, double P75, double Max, double Mean);

/// <summary>
/// Percentiles interpolate linearly between the closest ranks (Excel's PERCENTILE.INC, NumPy's
/// default), so the median of an even count is the mean of the middle two.
/// </summary>
public static class Statistics
{
    /// <summary>Null when there are no values: an empty cohort has no median, not a median of zero.</summary>
    public static Spread? Describe(IEnumerable<double> values)
    {
        var sorted = Sorted(values);
        return sorted.Length == 0
            ? null
            : new Spread(
                sorted.Length,
                sorted[0],
                Interpolate(sorted, 0.25),
                Interpolate(sorted, 0.5),
                Interpolate(sorted, 0.75),
                sorted[^1],
                sorted.Average());
    }

    public static double? Median(IEnumerable<double> values) => Percentile(values, 0.5);

    public static double? Mean(IEnumerable<double> values)
    {
        var all = Sorted(values);
        return all.Length == 0 ? null : all.Average();
    }

    /// <param name="fraction">From 0 to 1: 0.25 is the first quartile.</param>
    public static double? Percentile(IEnumerable<double> values, double fraction)
    {
        if (fraction is < 0 or > 1 || double.IsNaN(fraction))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "A percentile is a fraction from 0 to 1.");
        }

        var sorted = Sorted(values);
        return sorted.Length == 0 ? null : Interpolate(sorted, fraction);
    }

    /// <summary>
    /// The change from <paramref name="before"/> to <paramref name="after"/> in percent of before
    /// (negative is a decrease); null when either is missing or before is zero, where a percentage means nothing.
    /// </summary>
    public static double? ChangePercent(double? before, double? after) =>
        before is null or 0 || after is null ? null : (after.Value - before.Value) / before.Value * 100;

    private static double[] Sorted(IEnumerable<double> values)
    {
        var sorted = values.ToArray();
        if (sorted.Any(double.IsNaN))
        {
            throw new ArgumentException("A value is not a number.", nameof(values));
        }

        Array.Sort(sorted);
        return sorted;
    }

    private static double Interpolate(double[] sorted, double fraction)
    {
        var rank = fraction * (sorted.Length - 1);
        var below = (int)Math.Floor(rank);
        var above = (int)Math.Ceiling(rank);
        return sorted[below] + ((rank - below) * (sorted[above] - sorted[below]));
    }
}
