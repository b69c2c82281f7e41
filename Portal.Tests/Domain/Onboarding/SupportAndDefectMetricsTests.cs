using Portal.Domain.Metrics;
using Portal.Domain.Onboarding;
using static Portal.Tests.Domain.Onboarding.OnboardingTestData;

namespace Portal.Tests.Domain.Onboarding;

public sealed class SupportAndDefectMetricsTests
{
    private static readonly Guid Development = Guid.NewGuid();
    private static readonly Guid Hypercare = Guid.NewGuid();

    [Fact]
    public void SupportHours_SplitAtTheGoLiveInstant_PerStageAndUnstaged()
    {
        var goLive = Day(50);
        TimeLog[] entries =
        [
            new(90, Day(10), Development),
            new(30, goLive, Hypercare),
            new(60, Day(55)),
        ];

        var hours = SupportHoursMetrics.Of(entries, goLive);

        Assert.Equal((3.0, 1.5, 1.5, 1.0), (hours.TotalHours, hours.BeforeGoLiveHours, hours.AfterGoLiveHours, hours.UnstagedHours));
        Assert.Equal(new Dictionary<Guid, double> { [Development] = 1.5, [Hypercare] = 0.5 }, hours.HoursPerStage);
    }

    [Fact]
    public void SupportHours_NotLive_AllCountBeforeGoLive()
    {
        var hours = SupportHoursMetrics.Of([new(45, Day(1), Development), new(15, Day(2), Development)], goLiveAt: null);

        Assert.Equal((1.0, 1.0, 0.0), (hours.TotalHours, hours.BeforeGoLiveHours, hours.AfterGoLiveHours));
    }

    [Fact]
    public void SupportHours_NoEntries_AreZero()
    {
        var hours = SupportHoursMetrics.Of([], Day(1));

        Assert.Equal(0, hours.TotalHours);
        Assert.Empty(hours.HoursPerStage);
    }

    [Fact]
    public void TimeLog_FromATicketEntry_HasNoStage()
    {
        var log = TimeLog.From(TimeEntry.OnTicket(PartnerId, Guid.NewGuid(), Staff, 20, T0));

        Assert.Equal(new TimeLog(20, T0, null), log);
    }

    [Theory]
    [InlineData(DefectSeverity.P1, 8)]
    [InlineData(DefectSeverity.P2, 4)]
    [InlineData(DefectSeverity.P3, 2)]
    [InlineData(DefectSeverity.P4, 1)]
    public void Weight_DoublesWithEachSeverityStep(DefectSeverity severity, int weight) =>
        Assert.Equal(weight, DefectMetrics.Weight(severity));

    [Fact]
    public void PostLaunch_CountsOnlyDefectsFromGoLiveToNow_WeightedAndPer30Days()
    {
        // Live for 60 days: 3 defects (P1 + P3 + P4 = 8 + 2 + 1 = 11) → 1.5 and 5.5 per 30 days.
        DefectLog[] defects =
        [
            new(DefectSeverity.P1, Day(-1)),
            new(DefectSeverity.P1, Day(1)),
            new(DefectSeverity.P3, Day(10)),
            new(DefectSeverity.P4, Day(59)),
            new(DefectSeverity.P2, Day(61)),
        ];

        var result = DefectMetrics.PostLaunch(defects, goLiveAt: T0, now: Day(60))!;

        Assert.Equal((3, 11, 60.0, 1.5, 5.5), (result.Count, result.WeightedCount, result.ProductionDays, result.PerThirtyDays, result.WeightedPerThirtyDays));
        Assert.Equal(
            new Dictionary<DefectSeverity, int> { [DefectSeverity.P1] = 1, [DefectSeverity.P2] = 0, [DefectSeverity.P3] = 1, [DefectSeverity.P4] = 1 },
            result.BySeverity);
    }

    [Fact]
    public void PostLaunch_ADefectAtTheGoLiveInstant_Counts() =>
        Assert.Equal(1, DefectMetrics.PostLaunch([new(DefectSeverity.P4, T0)], T0, Day(30))!.Count);

    [Fact]
    public void PostLaunch_LiveForLessThanADay_CountsAsOneProductionDay()
    {
        var result = DefectMetrics.PostLaunch([new(DefectSeverity.P2, T0.AddHours(1))], T0, T0.AddHours(6))!;

        Assert.Equal((1.0, 30.0, 120.0), (result.ProductionDays, result.PerThirtyDays, result.WeightedPerThirtyDays));
    }

    [Fact]
    public void PostLaunch_NotLive_OrLiveOnlyAfterNow_IsNull()
    {
        Assert.Null(DefectMetrics.PostLaunch([new(DefectSeverity.P1, Day(1))], null, Day(10)));
        Assert.Null(DefectMetrics.PostLaunch([new(DefectSeverity.P1, Day(1))], Day(11), Day(10)));
    }

    [Fact]
    public void PostLaunch_LiveWithoutDefects_IsZeroNotNull()
    {
        var result = DefectMetrics.PostLaunch([], T0, Day(90))!;

        Assert.Equal((0, 0, 0.0), (result.Count, result.WeightedCount, result.PerThirtyDays));
    }

    [Fact]
    public void DeflectionRate_ThreeOfFour_Is75Percent() =>
        Assert.Equal(0.75, ContentMetrics.DeflectionRate(3, 4));

    [Fact]
    public void DeflectionRate_NoQuestions_IsNull() =>
        Assert.Null(ContentMetrics.DeflectionRate(0, 0));

    [Fact]
    public void DeflectionRate_MoreDeflectedThanAsked_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ContentMetrics.DeflectionRate(5, 4));

    [Fact]
    public void DeflectionRate_OfOutcomes_CountsOnlyAnsweredAndNotEscalated()
    {
        QuestionOutcome[] questions =
        [
            new(T0, Answered: true, Escalated: false),
            new(T0, Answered: true, Escalated: false),
            new(T0, Answered: true, Escalated: true),
            new(T0, Answered: false, Escalated: true),
            new(T0, Answered: false, Escalated: false),
        ];

        Assert.Equal(0.4, ContentMetrics.DeflectionRate(questions));
    }

    [Fact]
    public void StaleDocCount_CountsReviewDatesThatHaveCome_NotPagesWithoutOne() =>
        Assert.Equal(2, ContentMetrics.StaleDocCount([Day(-1), T0, Day(1), null], T0));
}
