using System.Globalization;
using Portal.Domain.Metrics;
using Portal.Domain.Onboarding;
using static Portal.Tests.Domain.Onboarding.OnboardingTestData;

namespace Portal.Tests.Domain.Onboarding;

public sealed class StageAndQuarterReportTests
{
    private static StageDuration Took(string stage, double days) =>
        new(Guid.NewGuid(), Guid.NewGuid(), stage, StageStatus.Done, days, 10, days - 10, 0);

    [Fact]
    public void Summaries_GroupByStageName_InTheOrderStagesAreFirstMet()
    {
        var summaries = StageReport.Summaries([Took("Development", 30), Took("Joint testing", 20), Took("Development", 50)]);

        Assert.Equal(["Development", "Joint testing"], summaries.Select(s => s.StageName));
        Assert.Equal((2, 40.0), (summaries[0].Days.Count, summaries[0].Days.Median));
    }

    [Fact]
    public void Bottleneck_IsTheStageWithTheLargestMedian_NotTheLargestSingleDuration()
    {
        StageDuration[] durations =
        [
            Took("Development", 30), Took("Development", 40), Took("Development", 50),
            Took("Joint testing", 10), Took("Joint testing", 12), Took("Joint testing", 120),
        ];

        var bottleneck = StageReport.Bottleneck(durations)!;

        Assert.Equal(("Development", 40.0), (bottleneck.StageName, bottleneck.Days.Median));
    }

    [Fact]
    public void Bottleneck_OnATie_IsTheEarlierStage() =>
        Assert.Equal("Development", StageReport.Bottleneck([Took("Development", 40), Took("Joint testing", 40)])!.StageName);

    [Fact]
    public void Bottleneck_WithoutDurations_IsNull() =>
        Assert.Null(StageReport.Bottleneck([]));

    [Theory]
    [InlineData("2025-01-01T00:00:00Z", "2025-Q1")]
    [InlineData("2025-07-01T12:00:00Z", "2025-Q3")]
    [InlineData("2025-12-31T23:30:00Z", "2025-Q4")]
    [InlineData("2025-06-30T23:30:00Z", "2025-Q3")] // 00:30 on 1 July in London (BST)
    public void CalendarQuarter_Of_UsesTheBanksLocalDate(string instant, string expected) =>
        Assert.Equal(expected, CalendarQuarter.Of(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)).ToString());

    [Fact]
    public void CalendarQuarter_OrdersAndSteps()
    {
        var q4 = new CalendarQuarter(2024, 4);

        Assert.Equal(new CalendarQuarter(2025, 1), q4.Next());
        Assert.True(q4 < q4.Next());
        Assert.Throws<ArgumentOutOfRangeException>(() => new CalendarQuarter(2025, 5));
    }

    [Fact]
    public void Quarterly_Spread_GivesEachQuarterItsMedianOldestFirst_LeavingOutItemsWithoutADateOrValue()
    {
        (DateTimeOffset? GoLive, double? Days)[] projects =
        [
            (new DateTimeOffset(2025, 8, 1, 9, 0, 0, TimeSpan.Zero), 60),
            (new DateTimeOffset(2025, 2, 1, 9, 0, 0, TimeSpan.Zero), 120),
            (new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero), 100),
            (new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero), 80),
            (null, 10),
            (new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero), null),
        ];

        var byQuarter = Quarterly.Spread(projects, p => p.GoLive, p => p.Days);

        Assert.Equal(
            [("2025-Q1", 110.0, 2), ("2025-Q3", 70.0, 2)],
            byQuarter.Select(q => (q.Quarter.ToString(), q.Spread.Median, q.Spread.Count)));
        Assert.Equal(3, Quarterly.Group(projects, p => p.GoLive).Count);
    }

    [Fact]
    public void OnboardingReport_Row_ForALiveProject_HasEveryNumber()
    {
        // Live at day 7 (Monday 10 March 09:00): 7 calendar and 5 business days; planned 78 days.
        var project = LiveProject(T0);
        var development = project.Named("Development");
        TimeLog[] time = [new(120, Day(3), development.Id), new(60, Day(20))];
        DefectLog[] defects = [new(DefectSeverity.P2, Day(10)), new(DefectSeverity.P4, Day(1))];

        var row = OnboardingReport.Row("Initech", ProjectTimeline.From(project), time, defects, Day(37), questions: [new(T0, true, false), new(T0, false, true)]);

        Assert.Equal((7, 5, 7.0 - 78.0), (row.CycleTimeCalendarDays, row.CycleTimeBusinessDays, row.PlanVarianceDays));
        Assert.Equal((3.0, 2.0, 1.0), (row.SupportHours, row.SupportHoursBeforeGoLive, row.SupportHoursAfterGoLive));
        Assert.Equal((1, 4, 4.0), (row.PostLaunchDefects, row.WeightedPostLaunchDefects, row.WeightedDefectsPer30ProductionDays));
        Assert.Equal(0.5, row.DeflectionRate);
        Assert.Equal(3.0, row.Value(OnboardingMetric.SupportHours));
    }

    [Fact]
    public void OnboardingReport_Row_ForAProjectNotLive_LeavesGoLiveNumbersOutOfComparisons()
    {
        var project = NewProject();
        project.Named("Application").Start(T0, PartnerUser);

        var row = OnboardingReport.Row("Initech", ProjectTimeline.From(project), [new(90, Day(1))], [], Day(10));

        Assert.False(row.IsLive);
        Assert.Equal(1.5, row.SupportHours);
        Assert.Null(row.Value(OnboardingMetric.SupportHours));
        Assert.Null(row.CycleTimeCalendarDays);
        Assert.Null(row.PostLaunchDefects);
        Assert.Null(row.DeflectionRate);
    }
}
