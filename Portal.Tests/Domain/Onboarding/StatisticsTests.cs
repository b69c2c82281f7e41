using Portal.Domain.Metrics;

namespace Portal.Tests.Domain.Onboarding;

public sealed class StatisticsTests
{
    [Fact]
    public void Describe_AnOddCount_GivesTheMiddleValuesAndTheMean()
    {
        var spread = Statistics.Describe([7, 1, 3, 5, 9]);

        Assert.Equal(new Spread(Count: 5, Min: 1, P25: 3, Median: 5, P75: 7, Max: 9, Mean: 5), spread);
    }

    [Fact]
    public void Describe_AnEvenCount_InterpolatesBetweenRanks()
    {
        // Ranks 0..3: p25 at 0.75 → 1.75; median at 1.5 → 2.5; p75 at 2.25 → 3.25.
        var spread = Statistics.Describe([4, 1, 3, 2]);

        Assert.Equal(new Spread(4, 1, 1.75, 2.5, 3.25, 4, 2.5), spread);
    }

    [Fact]
    public void Describe_OneValue_IsThatValueEverywhere() =>
        Assert.Equal(new Spread(1, 42, 42, 42, 42, 42, 42), Statistics.Describe([42]));

    [Fact]
    public void Describe_NoValues_IsNull()
    {
        Assert.Null(Statistics.Describe([]));
        Assert.Null(Statistics.Median([]));
        Assert.Null(Statistics.Mean([]));
    }

    [Fact]
    public void MedianAndMean_OfASkewedSet_Differ()
    {
        double[] days = [30, 35, 40, 200];

        Assert.Equal(37.5, Statistics.Median(days));
        Assert.Equal(76.25, Statistics.Mean(days));
        Assert.Equal(30, Statistics.Percentile(days, 0));
        Assert.Equal(200, Statistics.Percentile(days, 1));
    }

    [Fact]
    public void Percentile_OutsideZeroToOne_OrOfNaN_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.Percentile([1, 2], 1.5));
        Assert.Throws<ArgumentException>(() => Statistics.Median([1, double.NaN]));
    }

    [Theory]
    [InlineData(200.0, 150.0, -25.0)]
    [InlineData(50.0, 75.0, 50.0)]
    [InlineData(10.0, 10.0, 0.0)]
    public void ChangePercent_IsRelativeToBefore(double before, double after, double expected) =>
        Assert.Equal(expected, Statistics.ChangePercent(before, after));

    [Fact]
    public void ChangePercent_FromZeroOrMissing_IsNull()
    {
        Assert.Null(Statistics.ChangePercent(0, 5));
        Assert.Null(Statistics.ChangePercent(null, 5));
        Assert.Null(Statistics.ChangePercent(5, null));
    }
}
