using System.Globalization;
using Portal.Domain;
using Portal.Domain.Onboarding;
using static Portal.Tests.Domain.Onboarding.OnboardingTestData;

namespace Portal.Tests.Domain.Onboarding;

public sealed class OnboardingStageTests
{
    private readonly OnboardingProject _project = NewProject();

    private OnboardingStage Development => _project.Named("Development");

    private OnboardingStage Security => _project.Named("Security review");

    [Fact]
    public void Start_NotStarted_GoesInProgressAndRecordsWhoWhenAndFromTo()
    {
        Development.Start(Day(1), PartnerUser);

        Assert.Equal(StageStatus.InProgress, Development.Status);
        Assert.Equal(Day(1), Development.ActualStart);
        Assert.Null(Development.ActualEnd);
        var started = Assert.Single(_project.Events);
        Assert.Equal(
            (StageEventKind.Started, Development.Id, PartnerUser, Day(1), StageStatus.NotStarted, StageStatus.InProgress),
            (started.Kind, started.StageId, started.By, started.At, started.FromStatus, started.ToStatus));
    }

    [Fact]
    public void Start_Twice_IsRefusedSayingItIsInProgress()
    {
        Development.Start(Day(1), PartnerUser);

        var refused = Assert.Throws<DomainException>(() => Development.Start(Day(2), PartnerUser));

        Assert.Equal("This stage has already started.", refused.Message);
    }

    [Fact]
    public void Start_ADoneStage_IsRefusedPointingAtReopen()
    {
        Development.Start(Day(1), PartnerUser);
        Development.Complete(Day(2), PartnerUser);

        var refused = Assert.Throws<DomainException>(() => Development.Start(Day(3), PartnerUser));

        Assert.Equal("This stage is done; reopen it to work on it again.", refused.Message);
    }

    [Fact]
    public void Complete_NotStarted_IsRefusedPointingAtStart()
    {
        var refused = Assert.Throws<DomainException>(() => Development.Complete(Day(1), PartnerUser));

        Assert.Equal("Start this stage before completing it.", refused.Message);
        Assert.Empty(_project.Events);
    }

    [Fact]
    public void Complete_WhileBlocked_IsRefusedPointingAtUnblock()
    {
        Development.Start(Day(1), PartnerUser);
        Development.Block("Waiting for test data", Day(2), Staff);

        var refused = Assert.Throws<DomainException>(() => Development.Complete(Day(3), PartnerUser));

        Assert.Equal("Unblock this stage before completing it.", refused.Message);
    }

    [Fact]
    public void Complete_InProgress_SetsTheActualEnd()
    {
        Development.Start(Day(1), PartnerUser);

        Development.Complete(Day(31), PartnerUser);

        Assert.Equal(StageStatus.Done, Development.Status);
        Assert.Equal(Day(31), Development.ActualEnd);
        Assert.Equal(StageEventKind.Completed, _project.Events[^1].Kind);
    }

    [Fact]
    public void Block_ThenUnblock_KeepsTheReasonWhileBlockedAndRecordsBoth()
    {
        Development.Start(Day(1), PartnerUser);

        Development.Block("  Sandbox certificate rejected ", Day(2), Staff);
        Assert.Equal(StageStatus.Blocked, Development.Status);
        Assert.Equal("Sandbox certificate rejected", Development.BlockedReason);

        Development.Unblock(Day(4), Staff);
        Assert.Equal(StageStatus.InProgress, Development.Status);
        Assert.Null(Development.BlockedReason);

        Assert.Equal(
            [(StageEventKind.Blocked, "Sandbox certificate rejected"), (StageEventKind.Unblocked, null)],
            _project.Events.Skip(1).Select(e => (e.Kind, e.Detail)));
    }

    [Fact]
    public void Block_WithoutAReason_IsRefused()
    {
        Development.Start(Day(1), PartnerUser);

        var refused = Assert.Throws<DomainException>(() => Development.Block("  ", Day(2), Staff));

        Assert.Equal("Give a reason for the block.", refused.Message);
        Assert.Equal(StageStatus.InProgress, Development.Status);
    }

    [Fact]
    public void Block_NotStarted_IsRefused() =>
        Assert.Throws<DomainException>(() => Development.Block("Waiting", Day(1), Staff));

    [Fact]
    public void Unblock_NotBlocked_IsRefused()
    {
        Development.Start(Day(1), PartnerUser);

        var refused = Assert.Throws<DomainException>(() => Development.Unblock(Day(2), Staff));

        Assert.Equal("Only a blocked stage can be unblocked.", refused.Message);
    }

    [Fact]
    public void Reopen_ADoneStage_GoesBackInProgress_KeepingTheFirstStartAndClearingTheEnd()
    {
        Development.Start(Day(1), PartnerUser);
        Development.Complete(Day(10), PartnerUser);

        Development.Reopen(Day(20), Staff, "Security review found unsigned callbacks");

        Assert.Equal(StageStatus.InProgress, Development.Status);
        Assert.Equal(Day(1), Development.ActualStart);
        Assert.Null(Development.ActualEnd);
        var reopened = _project.Events[^1];
        Assert.Equal((StageEventKind.Reopened, StageStatus.Done, StageStatus.InProgress), (reopened.Kind, reopened.FromStatus, reopened.ToStatus));
        Assert.Equal("Security review found unsigned callbacks", reopened.Detail);
    }

    [Fact]
    public void Reopen_InProgress_IsRefused()
    {
        Development.Start(Day(1), PartnerUser);

        var refused = Assert.Throws<DomainException>(() => Development.Reopen(Day(2), Staff));

        Assert.Equal("Only a done or skipped stage can be reopened.", refused.Message);
    }

    [Fact]
    public void Reopen_ASkippedStage_GoesBackToNotStarted()
    {
        var sandbox = _project.Named("Sandbox access");
        sandbox.Skip("Already has sandbox credentials", Day(1), Staff);

        sandbox.Reopen(Day(2), Staff);

        Assert.Equal(StageStatus.NotStarted, sandbox.Status);
        Assert.Null(sandbox.SkipReason);
        sandbox.Start(Day(3), Staff);
        Assert.Equal(StageStatus.InProgress, sandbox.Status);
    }

    [Fact]
    public void Skip_NotStarted_IsSkippedWithItsReason()
    {
        var sandbox = _project.Named("Sandbox access");

        sandbox.Skip("Already has sandbox credentials", Day(1), Staff);

        Assert.Equal(StageStatus.Skipped, sandbox.Status);
        Assert.Equal("Already has sandbox credentials", sandbox.SkipReason);
        Assert.Equal(StageEventKind.Skipped, Assert.Single(_project.Events).Kind);
    }

    [Fact]
    public void Skip_AStageInProgress_IsRefusedPointingAtComplete()
    {
        Development.Start(Day(1), PartnerUser);

        var refused = Assert.Throws<DomainException>(() => Development.Skip("Not needed", Day(2), Staff));

        Assert.Equal("This stage has started; complete it instead of skipping it.", refused.Message);
    }

    [Fact]
    public void Skip_TheGoLiveStage_IsRefused()
    {
        var refused = Assert.Throws<DomainException>(() => _project.GoLiveStage!.Skip("Not needed", Day(1), Staff));

        Assert.Contains("go-live stage cannot be skipped", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_WithoutAReason_IsRefused() =>
        Assert.Throws<DomainException>(() => _project.Named("Sandbox access").Skip("", Day(1), Staff));

    [Fact]
    public void Complete_DatedBeforeTheLastChange_IsRefusedAsGoingBackInTime()
    {
        Development.Start(Day(5), PartnerUser);

        var refused = Assert.Throws<DomainException>(() => Development.Complete(Day(4), PartnerUser));

        Assert.Equal("A change cannot be dated before the stage's last change.", refused.Message);
        Assert.Equal(StageStatus.InProgress, Development.Status);
    }

    [Fact]
    public void Start_WithoutWhoDidIt_IsRefused() =>
        Assert.Throws<DomainException>(() => Development.Start(Day(1), " "));

    [Fact]
    public void TickItem_APartnerOnAPartnerSideStage_TicksItAndRecordsWhoAndWhen()
    {
        var item = Development.Checklist[0];

        Development.TickItem(item.Id, StageSide.Partner, PartnerUser, Day(3));

        Assert.True(item.IsDone);
        Assert.Equal((PartnerUser, Day(3)), (item.DoneBy, item.DoneAt));
        var ticked = Assert.Single(_project.Events);
        Assert.Equal((StageEventKind.ItemTicked, item.Text, StageStatus.NotStarted, StageStatus.NotStarted), (ticked.Kind, ticked.Detail, ticked.FromStatus, ticked.ToStatus));
    }

    [Fact]
    public void TickItem_APartnerOnABankSideStage_IsRefused()
    {
        var item = Security.Checklist[0];

        var refused = Assert.Throws<DomainException>(() => Security.TickItem(item.Id, StageSide.Partner, PartnerUser, Day(3)));

        Assert.Equal("Partners can tick items only on their own side; this stage is done by the bank.", refused.Message);
        Assert.False(item.IsDone);
        Assert.False(Security.MayTick(StageSide.Partner));
    }

    [Fact]
    public void TickItem_BankStaffOnAPartnerSideStage_IsAllowed()
    {
        Development.TickItem(Development.Checklist[1].Id, StageSide.Bank, Staff, Day(3));

        Assert.True(Development.Checklist[1].IsDone);
        Assert.True(Development.MayTick(StageSide.Bank));
    }

    [Fact]
    public void TickItem_Twice_RecordsItOnce()
    {
        var item = Development.Checklist[0];

        Development.TickItem(item.Id, StageSide.Partner, PartnerUser, Day(3));
        Development.TickItem(item.Id, StageSide.Partner, "someone-else", Day(4));

        Assert.Single(_project.Events);
        Assert.Equal(PartnerUser, item.DoneBy);
    }

    [Fact]
    public void UntickItem_ClearsWhoAndWhen_AndRecordsIt()
    {
        var item = Development.Checklist[0];
        Development.TickItem(item.Id, StageSide.Partner, PartnerUser, Day(3));

        Development.UntickItem(item.Id, StageSide.Partner, PartnerUser, Day(4));

        Assert.False(item.IsDone);
        Assert.Null(item.DoneBy);
        Assert.Null(item.DoneAt);
        Assert.Equal(StageEventKind.ItemUnticked, _project.Events[^1].Kind);
    }

    [Fact]
    public void UntickItem_APartnerOnABankSideStage_IsRefused()
    {
        var item = Security.Checklist[0];
        Security.TickItem(item.Id, StageSide.Bank, Staff, Day(3));

        Assert.Throws<DomainException>(() => Security.UntickItem(item.Id, StageSide.Partner, PartnerUser, Day(4)));
        Assert.True(item.IsDone);
    }

    [Fact]
    public void TickItem_OnASkippedStage_IsRefused()
    {
        var sandbox = _project.Named("Sandbox access");
        sandbox.Skip("Not needed", Day(1), Staff);

        var refused = Assert.Throws<DomainException>(() => sandbox.TickItem(sandbox.Checklist[0].Id, StageSide.Bank, Staff, Day(2)));

        Assert.Contains("was skipped", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TickItem_NotOnThisStage_IsRefused() =>
        Assert.Throws<DomainException>(() => Development.TickItem(Security.Checklist[0].Id, StageSide.Bank, Staff, Day(1)));

    [Fact]
    public void AddChecklistItem_WithADocLink_AppendsItUnticked()
    {
        var added = Development.AddChecklistItem(new NewChecklistItem("Read the payments guide", "v2/payments"));

        Assert.Same(added, Development.Checklist[^1]);
        Assert.Equal("v2/payments", added.DocPath);
        Assert.False(added.IsDone);
    }

    [Fact]
    public void IsLateAt_ComparesWithThePlannedEnd()
    {
        // Development is planned from day 20 to day 50.
        Assert.Equal((Day(20), Day(50)), (Development.PlannedStart, Development.PlannedEnd));
        Assert.False(Development.IsLateAt(Day(50)));
        Assert.True(Development.IsLateAt(Day(51)));

        Development.Start(Day(20), PartnerUser);
        Development.Complete(Day(49), PartnerUser);
        Assert.False(Development.IsLateAt(Day(80)));

        Security.Skip("Done by the platform", Day(60), Staff);
        Assert.False(Security.IsLateAt(Day(200)));
    }

    [Fact]
    public void SetPlan_EndingBeforeItStarts_OrLongerThanTheLimit_IsRefused()
    {
        Assert.Throws<DomainException>(() => Development.SetPlan(Day(10), Day(9)));
        var tooLong = Assert.Throws<DomainException>(() => Development.SetPlan(Day(0), Day(StageTemplateItem.MaxDurationDays + 1)));

        Assert.Contains(StageTemplateItem.MaxDurationDays.ToString(CultureInfo.InvariantCulture), tooLong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Block_ABlockedStage_IsRefused()
    {
        Development.Start(Day(1), PartnerUser);
        Development.Block("Waiting", Day(2), Staff);

        var refused = Assert.Throws<DomainException>(() => Development.Block("Still waiting", Day(3), Staff));

        Assert.Equal("This stage is already blocked.", refused.Message);
    }

    [Fact]
    public void AssignOwner_AndNotes_AreTrimmedAndOptional()
    {
        Development.AssignOwner(" staff-2 ");
        Development.SetNotes("  ");

        Assert.Equal("staff-2", Development.OwnerUserId);
        Assert.Null(Development.Notes);
        Assert.Throws<DomainException>(() => Development.SetNotes(new string('x', OnboardingStage.NotesMaxLength + 1)));
    }
}
