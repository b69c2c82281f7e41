using Portal.Domain;
using Portal.Domain.Onboarding;
using static Portal.Tests.Domain.Onboarding.OnboardingTestData;

namespace Portal.Tests.Domain.Onboarding;

public sealed class OnboardingProjectTests
{
    [Fact]
    public void New_FromTheDefaultTemplate_LaysThePlanOutStageAfterStage()
    {
        var project = NewProject();

        Assert.Equal(T0, project.Stages[0].PlannedStart);
        Assert.Equal(Day(5), project.Stages[0].PlannedEnd);
        for (var i = 1; i < project.Stages.Count; i++)
        {
            Assert.Equal(project.Stages[i - 1].PlannedEnd, project.Stages[i].PlannedStart);
        }

        // 5 + 10 + 5 + 30 + 15 + 10 + 3 days to go-live, then 30 of hypercare.
        Assert.Equal(Day(78), project.PlannedGoLiveAt);
        Assert.Equal(Day(108), project.Stages[^1].PlannedEnd);
        Assert.All(project.Stages, s => Assert.Equal(StageStatus.NotStarted, s.Status));
        Assert.Equal(PartnerId, project.PartnerId);
    }

    [Fact]
    public void New_CopiesTheTemplate_SoLaterTemplateEditsLeaveTheProjectAlone()
    {
        var template = StageTemplate.Default();
        var project = new OnboardingProject(PartnerId, "P", template, T0, T0, Staff);

        template.Stages[0].Rename("Renamed", "改名");
        template.RemoveStage(template.Stages[1].Id);

        Assert.Equal("Application", project.Stages[0].EnglishName);
        Assert.Equal(8, project.Stages.Count);
        Assert.Equal(template.Id, project.TemplateId);
    }

    [Fact]
    public void New_FromATemplateWithoutStages_IsRefused() =>
        Assert.Throws<DomainException>(() => new OnboardingProject(PartnerId, "P", new StageTemplate("Empty"), T0, T0, Staff));

    [Fact]
    public void ApplicationAt_IsNullUntilAStageStarts_ThenTheEarliestActualStart()
    {
        var project = NewProject();
        Assert.Null(project.ApplicationAt);

        project.Named("Agreement signed").Start(Day(3), Staff);
        project.Named("Application").Start(Day(1), PartnerUser);

        Assert.Equal(Day(1), project.ApplicationAt);
    }

    [Fact]
    public void GoLiveAt_IsTheActualEndOfTheGoLiveStage_OnlyOnceItIsDone()
    {
        var project = NewProject();
        var goLive = project.GoLiveStage!;
        Assert.Equal("Production go-live", goLive.EnglishName);

        goLive.Start(Day(70), Staff);
        Assert.Null(project.GoLiveAt);
        Assert.False(project.IsLive);

        goLive.Complete(Day(72), Staff);
        Assert.Equal(Day(72), project.GoLiveAt);

        goLive.Reopen(Day(73), Staff, "Rolled back");
        Assert.Null(project.GoLiveAt);
    }

    [Fact]
    public void AddStage_InTheMiddle_IsPlannedAfterThePreviousStage()
    {
        var project = NewProject();

        var added = project.AddStage(new NewStage("Architecture review", "架构评审", StageSide.Bank, 4), position: 4);

        Assert.Same(added, project.Stages[4]);
        Assert.Equal(project.Stages[3].PlannedEnd, added.PlannedStart);
        Assert.Equal(added.PlannedStart.AddDays(4), added.PlannedEnd);
        Assert.Equal(Enumerable.Range(0, 9), project.Stages.Select(s => s.Position));
    }

    [Fact]
    public void AddStage_ASecondGoLive_IsRefused() =>
        Assert.Throws<DomainException>(() => NewProject().AddStage(new NewStage("Go-live 2", "上线 2", StageSide.Bank, 1, IsGoLive: true)));

    [Fact]
    public void RemoveStage_Untouched_RemovesIt()
    {
        var project = NewProject();

        project.RemoveStage(project.Named("Sandbox access").Id);

        Assert.Equal(7, project.Stages.Count);
        Assert.Equal(Enumerable.Range(0, 7), project.Stages.Select(s => s.Position));
    }

    [Fact]
    public void RemoveStage_WithHistory_IsRefusedPointingAtSkip()
    {
        var project = NewProject();
        var sandbox = project.Named("Sandbox access");
        sandbox.TickItem(sandbox.Checklist[0].Id, StageSide.Bank, Staff, T0);

        var refused = Assert.Throws<DomainException>(() => project.RemoveStage(sandbox.Id));

        Assert.Contains("skip it instead", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveStage_TheGoLiveStage_IsRefused()
    {
        var project = NewProject();

        var refused = Assert.Throws<DomainException>(() => project.RemoveStage(project.GoLiveStage!.Id));

        Assert.Contains("go-live", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MoveStage_ReordersStages_AndRefusesAPositionOutOfRange()
    {
        var project = NewProject();
        var security = project.Named("Security review");

        project.MoveStage(security.Id, 3);

        Assert.Equal(3, security.Position);
        Assert.Equal("Development", project.Stages[4].EnglishName);
        Assert.Throws<DomainException>(() => project.MoveStage(security.Id, -1));
    }

    [Fact]
    public void Replan_LaysOutOnlyTheStagesNotStartedYet_KeepingTheirLengths()
    {
        var project = NewProject();
        var application = project.Named("Application");
        application.Start(Day(0), PartnerUser);
        application.Complete(Day(20), PartnerUser);

        project.Replan(Day(21));

        Assert.Equal(T0, application.PlannedStart);
        Assert.Equal(Day(5), application.PlannedEnd);
        Assert.Equal(Day(21), project.Named("Agreement signed").PlannedStart);
        Assert.Equal(Day(31), project.Named("Agreement signed").PlannedEnd);
        Assert.Equal(Day(31 + 5 + 30 + 15 + 10 + 3), project.PlannedGoLiveAt);
    }

    [Fact]
    public void MarkGoLive_OnceTheProjectIsLive_IsRefused()
    {
        var project = LiveProject(T0);

        var refused = Assert.Throws<DomainException>(() => project.MarkGoLive(project.Named("Hypercare").Id));

        Assert.Contains("already live", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkGoLive_BeforeGoLive_MovesTheFlag()
    {
        var project = NewProject();

        project.MarkGoLive(project.Named("Security review").Id);

        Assert.Equal("Security review", project.GoLiveStage!.EnglishName);
        Assert.Single(project.Stages, s => s.IsGoLive);
    }

    [Fact]
    public void Events_AreNumberedInTheOrderTheChangesWereMade()
    {
        var project = NewProject();
        var application = project.Named("Application");

        application.Start(Day(0), PartnerUser);
        application.TickItem(application.Checklist[0].Id, StageSide.Partner, PartnerUser, Day(1));
        application.Complete(Day(2), Staff);

        Assert.Equal([1, 2, 3], project.Events.Select(e => e.Sequence));
        Assert.Equal([StageEventKind.Started, StageEventKind.ItemTicked, StageEventKind.Completed], project.Events.Select(e => e.Kind));
        Assert.Equal(3, project.LastEventSequence);
    }

    [Fact]
    public void Stage_NotInTheProject_IsRefused() =>
        Assert.Throws<DomainException>(() => NewProject().Stage(Guid.NewGuid()));
}
