using Portal.Domain.Metrics;
using Portal.Domain.Onboarding;
using static Portal.Tests.Domain.Onboarding.OnboardingTestData;

namespace Portal.Tests.Domain.Onboarding;

public sealed class CycleTimeMetricsTests
{
    private const StageStatus NotStarted = StageStatus.NotStarted;
    private const StageStatus InProgress = StageStatus.InProgress;
    private const StageStatus Blocked = StageStatus.Blocked;
    private const StageStatus Done = StageStatus.Done;

    [Fact]
    public void Of_ApplicationMondayToGoLiveFridayOfTheNextWeek_Is11CalendarAnd9BusinessDays()
    {
        var cycle = CycleTimeMetrics.Of(T0, new DateTimeOffset(2025, 3, 14, 15, 0, 0, TimeSpan.Zero));

        Assert.Equal(new CycleTime(11, 9), cycle);
    }

    [Fact]
    public void Of_NotLiveYet_IsNull()
    {
        Assert.Null(CycleTimeMetrics.Of(T0, null));
        Assert.Null(CycleTimeMetrics.Of(applicationAt: null, goLiveAt: null));
    }

    [Fact]
    public void Of_AProject_RunsFromTheFirstStartToTheEndOfTheGoLiveStage()
    {
        // Seven stages one day each from Monday 09:00: go-live ends the next Monday 09:00.
        var project = LiveProject(T0);

        var cycle = CycleTimeMetrics.Of(ProjectTimeline.From(project));

        Assert.Equal(Day(7), project.GoLiveAt);
        Assert.Equal(new CycleTime(7, 5), cycle);
    }

    [Fact]
    public void Of_AProjectNotLive_IsNull()
    {
        var project = NewProject();
        project.Named("Application").Start(T0, PartnerUser);

        Assert.Null(CycleTimeMetrics.Of(ProjectTimeline.From(project)));
    }

    [Fact]
    public void ActiveTime_AReopenedStage_AddsItsOpenPeriodsButNotTheGapBetween()
    {
        var stage = Stage("Joint testing", Done, 0, 15, (0, NotStarted, InProgress), (3, InProgress, Done), (10, Done, InProgress), (12, InProgress, Done));

        Assert.Equal(TimeSpan.FromDays(5), CycleTimeMetrics.ActiveTime(stage, Day(30)));
    }

    [Fact]
    public void ActiveTime_AReopenedStageStillOpen_CountsTheSecondPeriodUpToNow()
    {
        var stage = Stage("Joint testing", InProgress, 0, 15, (0, NotStarted, InProgress), (3, InProgress, Done), (10, Done, InProgress));

        Assert.Equal(TimeSpan.FromDays(4), CycleTimeMetrics.ActiveTime(stage, Day(11)));
    }

    [Fact]
    public void ActiveTime_BlockedTime_CountsAsOpen()
    {
        var stage = Stage("Development", Done, 0, 30, (0, NotStarted, InProgress), (1, InProgress, Blocked), (4, Blocked, InProgress), (6, InProgress, Done));

        Assert.Equal(TimeSpan.FromDays(6), CycleTimeMetrics.ActiveTime(stage, Day(30)));
    }

    [Fact]
    public void ActiveTime_InProgress_CountsUpToNow()
    {
        var stage = Stage("Development", InProgress, 0, 30, (0, NotStarted, InProgress));

        Assert.Equal(TimeSpan.FromDays(2.5), CycleTimeMetrics.ActiveTime(stage, Day(2.5)));
    }

    [Fact]
    public void ActiveTime_ChangesAfterNow_AreIgnored()
    {
        var stage = Stage("Development", Done, 0, 30, (0, NotStarted, InProgress), (10, InProgress, Done));

        Assert.Equal(TimeSpan.FromDays(4), CycleTimeMetrics.ActiveTime(stage, Day(4)));
        Assert.Equal(TimeSpan.Zero, CycleTimeMetrics.ActiveTime(stage, Day(-1)));
    }

    [Fact]
    public void ActiveTime_WithoutTransitions_UsesTheActualStartAndEnd()
    {
        var imported = Stage("Development", Done, 0, 30) with { ActualStart = Day(2), ActualEnd = Day(9) };
        var importedOpen = imported with { Status = InProgress, ActualEnd = null };

        Assert.Equal(TimeSpan.FromDays(7), CycleTimeMetrics.ActiveTime(imported, Day(40)));
        Assert.Equal(TimeSpan.FromDays(3), CycleTimeMetrics.ActiveTime(importedOpen, Day(5)));
    }

    [Fact]
    public void StageDurations_LeaveOutSkippedAndNotStartedStages_AndGiveVarianceOnlyForDoneStages()
    {
        var timeline = Timeline(
            Stage("Application", Done, 0, 5, (0, NotStarted, InProgress), (7, InProgress, Done)),
            Stage("Sandbox access", StageStatus.Skipped, 5, 10, (5, NotStarted, StageStatus.Skipped)),
            Stage("Development", InProgress, 10, 40, (8, NotStarted, InProgress)),
            Stage("Joint testing", NotStarted, 40, 55));

        var durations = CycleTimeMetrics.StageDurations(timeline, Day(20));

        Assert.Equal(
            [("Application", 7.0, 5.0, (double?)2.0), ("Development", 12.0, 30.0, null)],
            durations.Select(d => (d.StageName, d.ActualDays, d.PlannedDays, d.VarianceDays)));
    }

    [Fact]
    public void StageDurations_FromAProjectWithAReopenedStage_CountTheReopenAndBothPeriods()
    {
        var project = NewProject();
        var testing = project.Named("Joint testing");
        testing.Start(Day(0), PartnerUser);
        testing.Complete(Day(3), PartnerUser);
        testing.Reopen(Day(10), Staff, "Webhook signatures missing");
        testing.Complete(Day(12), PartnerUser);

        var duration = Assert.Single(CycleTimeMetrics.StageDurations(ProjectTimeline.From(project), Day(40)));

        Assert.Equal((5.0, 15.0, (double?)-10.0, 1), (duration.ActualDays, duration.PlannedDays, duration.VarianceDays, duration.TimesReopened));
    }

    [Fact]
    public void PlanVarianceDays_GoLiveLaterThanPlanned_IsPositive()
    {
        // Planned: day 0 to go-live at day 78 (78 days). Actual: applied day 2, live day 92 (90 days).
        var project = NewProject();
        project.Named("Application").Start(Day(2), PartnerUser);
        project.GoLiveStage!.Start(Day(90), Staff);
        project.GoLiveStage.Complete(Day(92), Staff);

        Assert.Equal(12.0, CycleTimeMetrics.PlanVarianceDays(ProjectTimeline.From(project)));
    }

    [Fact]
    public void PlanVarianceDays_NotLive_IsNull()
    {
        var project = NewProject();
        project.Named("Application").Start(Day(2), PartnerUser);

        Assert.Null(CycleTimeMetrics.PlanVarianceDays(ProjectTimeline.From(project)));
    }

    [Fact]
    public void ProjectTimeline_From_KeepsOnlyStatusChangesAsTransitions()
    {
        var project = NewProject();
        var application = project.Named("Application");
        application.Start(Day(0), PartnerUser);
        application.TickItem(application.Checklist[0].Id, StageSide.Partner, PartnerUser, Day(1));
        application.Complete(Day(2), PartnerUser);

        var stage = ProjectTimeline.From(project).Stages[0];

        Assert.Equal(
            [new StageTransition(Day(0), NotStarted, InProgress), new StageTransition(Day(2), InProgress, Done)],
            stage.Transitions);
        Assert.Equal(8, ProjectTimeline.From(project).Stages.Count);
    }
}
