using Portal.Domain.Metrics;
using static Portal.Tests.Domain.Onboarding.OnboardingTestData;

namespace Portal.Tests.Domain.Onboarding;

public sealed class CohortsTests
{
    private static readonly DateTimeOffset Launch = Day(100);

    private static PartnerOnboardingRow Row(double appliedDay, int? cycleDays, double hours, int? defects = null, Guid? partnerId = null) =>
        new(
            partnerId ?? Guid.NewGuid(),
            "Partner",
            Guid.NewGuid(),
            Day(appliedDay),
            cycleDays is null ? null : Day(appliedDay + cycleDays.Value),
            cycleDays,
            cycleDays,
            null,
            hours,
            hours,
            0,
            defects,
            defects,
            defects,
            defects,
            null);

    [Fact]
    public void Compare_SplitsByApplicationDate_AndGivesMedianMeanAndChange()
    {
        PartnerOnboardingRow[] rows =
        [
            Row(10, 100, 40),
            Row(20, 140, 60),
            Row(30, null, 10), // not live: counts as a partner, not in the numbers
            Row(110, 60, 20),
            Row(120, 80, 30),
            Row(130, 70, 25),
        ];

        var comparison = Cohorts.Compare(rows, Launch);

        Assert.Equal((3, 3), (comparison.BeforePartners, comparison.AfterPartners));
        var cycle = comparison.For(OnboardingMetric.CycleTimeCalendarDays);
        Assert.Equal(new CohortValue(2, 120, 120), cycle.Before);
        Assert.Equal(new CohortValue(3, 70, 70), cycle.After);
        Assert.Equal(-41.667, cycle.MedianChangePercent!.Value, 3);
        var hours = comparison.For(OnboardingMetric.SupportHours);
        Assert.Equal(new CohortValue(2, 50, 50), hours.Before);
        Assert.Equal(new CohortValue(3, 25, 25), hours.After);
        Assert.Equal(-50, hours.MeanChangePercent);
    }

    [Fact]
    public void Compare_MedianAndMean_DifferWhenOneProjectDragsOn()
    {
        PartnerOnboardingRow[] rows = [Row(10, 60, 0), Row(20, 70, 0), Row(30, 290, 0), Row(110, 50, 0), Row(120, 60, 0)];

        var cycle = Cohorts.Compare(rows, Launch).For(OnboardingMetric.CycleTimeCalendarDays);

        Assert.Equal(new CohortValue(3, 70, 140), cycle.Before);
        Assert.Equal(new CohortValue(2, 55, 55), cycle.After);
        Assert.Equal(-21.429, cycle.MedianChangePercent!.Value, 3);
        Assert.Equal(-60.714, cycle.MeanChangePercent!.Value, 3);
    }

    [Fact]
    public void Compare_AnApplicationAtTheCutoff_IsInTheAfterCohort()
    {
        var comparison = Cohorts.Compare([Row(100, 50, 5)], Launch);

        Assert.Equal((0, 1), (comparison.BeforePartners, comparison.AfterPartners));
    }

    [Fact]
    public void Compare_AProjectNotStarted_IsInNeitherCohort()
    {
        var notStarted = Row(0, null, 0) with { ApplicationAt = null };

        var comparison = Cohorts.Compare([notStarted], Launch);

        Assert.Equal((0, 0), (comparison.BeforePartners, comparison.AfterPartners));
    }

    [Fact]
    public void Compare_AnEmptyCohort_HasNoValuesAndNoChange()
    {
        var cycle = Cohorts.Compare([Row(110, 60, 20)], Launch).For(OnboardingMetric.CycleTimeCalendarDays);

        Assert.Equal(new CohortValue(0, null, null), cycle.Before);
        Assert.Null(cycle.MedianChangePercent);
        Assert.Null(cycle.MeanChangePercent);
    }

    [Fact]
    public void Compare_ABeforeValueOfZero_HasNoChangePercent()
    {
        var defects = Cohorts.Compare([Row(10, 60, 0, defects: 0), Row(110, 60, 0, defects: 2)], Launch)
            .For(OnboardingMetric.PostLaunchDefects);

        Assert.Equal((0.0, 2.0), (defects.Before.Median, defects.After.Median));
        Assert.Null(defects.MedianChangePercent);
    }

    [Fact]
    public void Compare_APartnerWithTwoProjects_CountsOnce()
    {
        var partner = Guid.NewGuid();

        var comparison = Cohorts.Compare([Row(10, 60, 1, partnerId: partner), Row(20, 80, 1, partnerId: partner)], Launch);

        Assert.Equal(1, comparison.BeforePartners);
        Assert.Equal(2, comparison.BeforeRows.Count);
    }

    [Fact]
    public void Compare_OnlyTheChosenMetrics_AreCompared()
    {
        var comparison = Cohorts.Compare([Row(10, 60, 1)], Launch, [OnboardingMetric.SupportHours]);

        Assert.Equal(OnboardingMetric.SupportHours, Assert.Single(comparison.Metrics).Metric);
        Assert.Throws<ArgumentException>(() => comparison.For(OnboardingMetric.CycleTimeBusinessDays));
    }
}
