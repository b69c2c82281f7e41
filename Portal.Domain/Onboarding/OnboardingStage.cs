namespace Portal.Domain.Onboarding;

/// <summary>
/// One stage of an <see cref="OnboardingProject"/>. Status changes go through its methods, which
/// check the transition and record a <see cref="StageEvent"/> on the project; the events are what
/// stage durations are measured from, so a reopened stage counts every period it was open.
/// </summary>
public sealed class OnboardingStage
{
    public const int NameMaxLength = StageTemplateItem.NameMaxLength;
    public const int ReasonMaxLength = 500;
    public const int NotesMaxLength = 4000;
    public const int UserIdMaxLength = 450;

    private readonly List<ChecklistItem> _checklist = [];

    private OnboardingStage()
    {
        EnglishName = "";
        ChineseName = "";
    }

    internal OnboardingStage(OnboardingProject project, NewStage stage, int position, DateTimeOffset plannedStart)
        : this()
    {
        Id = Guid.NewGuid();
        ProjectId = project.Id;
        Project = project;
        Position = position;
        Rename(stage.EnglishName, stage.ChineseName);
        Side = stage.Side;
        IsGoLive = stage.IsGoLive;
        PlannedStart = plannedStart;
        PlannedEnd = plannedStart.AddDays(StageTemplateItem.ValidDuration(stage.DurationDays));
        foreach (var item in stage.Checklist ?? [])
        {
            AddChecklistItem(item);
        }
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public OnboardingProject? Project { get; private set; }

    public int Position { get; private set; }

    public string EnglishName { get; private set; }

    public string ChineseName { get; private set; }

    public StageSide Side { get; private set; }

    /// <summary>Completing this stage is the partner's go-live.</summary>
    public bool IsGoLive { get; private set; }

    /// <summary>The user id of the person who drives the stage; null while nobody is assigned.</summary>
    public string? OwnerUserId { get; private set; }

    public DateTimeOffset PlannedStart { get; private set; }

    public DateTimeOffset PlannedEnd { get; private set; }

    /// <summary>When the stage was first started; a reopen keeps it.</summary>
    public DateTimeOffset? ActualStart { get; private set; }

    /// <summary>When the stage was last completed; null while it is open again after a reopen.</summary>
    public DateTimeOffset? ActualEnd { get; private set; }

    public StageStatus Status { get; private set; }

    public DateTimeOffset? StatusChangedAt { get; private set; }

    public string? BlockedReason { get; private set; }

    public string? SkipReason { get; private set; }

    public string? Notes { get; private set; }

    public IReadOnlyList<ChecklistItem> Checklist => [.. _checklist.OrderBy(c => c.Position)];

    public TimeSpan PlannedLength => PlannedEnd - PlannedStart;

    private OnboardingProject Owner =>
        Project ?? throw new InvalidOperationException("Load a stage together with its project: the project records the stage's events.");

    public void Start(DateTimeOffset now, string by)
    {
        if (Status != StageStatus.NotStarted)
        {
            throw new DomainException(Status switch
            {
                StageStatus.Done => "This stage is done; reopen it to work on it again.",
                StageStatus.Skipped => "This stage was skipped; reopen it before starting it.",
                _ => "This stage has already started.",
            });
        }

        Move(StageStatus.InProgress, StageEventKind.Started, now, by, null);
        ActualStart = now;
        ActualEnd = null;
    }

    public void Block(string reason, DateTimeOffset now, string by)
    {
        if (Status != StageStatus.InProgress)
        {
            throw new DomainException(Status switch
            {
                StageStatus.NotStarted => "Start this stage before blocking it.",
                StageStatus.Blocked => "This stage is already blocked.",
                _ => "Only a stage in progress can be blocked.",
            });
        }

        var why = Guard.Trimmed(reason, ReasonMaxLength, "The reason for the block")
            ?? throw new DomainException("Give a reason for the block.");
        Move(StageStatus.Blocked, StageEventKind.Blocked, now, by, why);
        BlockedReason = why;
    }

    public void Unblock(DateTimeOffset now, string by)
    {
        if (Status != StageStatus.Blocked)
        {
            throw new DomainException("Only a blocked stage can be unblocked.");
        }

        Move(StageStatus.InProgress, StageEventKind.Unblocked, now, by, null);
        BlockedReason = null;
    }

    /// <summary>Open checklist items do not stop completion: the checklist guides, the owner decides.</summary>
    public void Complete(DateTimeOffset now, string by)
    {
        if (Status != StageStatus.InProgress)
        {
            throw new DomainException(Status switch
            {
                StageStatus.NotStarted => "Start this stage before completing it.",
                StageStatus.Blocked => "Unblock this stage before completing it.",
                StageStatus.Done => "This stage is already done.",
                _ => "This stage was skipped; reopen it before completing it.",
            });
        }

        Move(StageStatus.Done, StageEventKind.Completed, now, by, null);
        ActualEnd = now;
    }

    /// <summary>A done stage goes back in progress (its actual end is cleared until it is completed again); a skipped stage goes back to not started.</summary>
    public void Reopen(DateTimeOffset now, string by, string? reason = null)
    {
        if (Status is not (StageStatus.Done or StageStatus.Skipped))
        {
            throw new DomainException("Only a done or skipped stage can be reopened.");
        }

        var why = Guard.Trimmed(reason, ReasonMaxLength, "The reason for reopening");
        if (Status == StageStatus.Done)
        {
            Move(StageStatus.InProgress, StageEventKind.Reopened, now, by, why);
            ActualEnd = null;
        }
        else
        {
            Move(StageStatus.NotStarted, StageEventKind.Reopened, now, by, why);
            SkipReason = null;
        }
    }

    /// <summary>Only a stage nobody has worked on can be skipped; the go-live stage never can, since it defines go-live.</summary>
    public void Skip(string reason, DateTimeOffset now, string by)
    {
        if (IsGoLive)
        {
            throw new DomainException("The go-live stage cannot be skipped: completing it is what makes the partner live.");
        }

        if (Status != StageStatus.NotStarted)
        {
            throw new DomainException(Status switch
            {
                StageStatus.Skipped => "This stage is already skipped.",
                StageStatus.Done => "This stage is done and cannot be skipped.",
                _ => "This stage has started; complete it instead of skipping it.",
            });
        }

        var why = Guard.Trimmed(reason, ReasonMaxLength, "The reason for skipping")
            ?? throw new DomainException("Give a reason for skipping the stage.");
        Move(StageStatus.Skipped, StageEventKind.Skipped, now, by, why);
        SkipReason = why;
    }

    /// <summary>Bank staff may tick any item; a partner only the items of a partner-side stage.</summary>
    public bool MayTick(StageSide actingSide) =>
        Status != StageStatus.Skipped && (actingSide == StageSide.Bank || actingSide == Side);

    /// <summary>Ticking an item that is already ticked changes nothing, so a double click is harmless.</summary>
    public void TickItem(Guid itemId, StageSide actingSide, string by, DateTimeOffset now)
    {
        var item = ItemFor(itemId, actingSide);
        var who = Who(by);
        if (item.IsDone)
        {
            return;
        }

        item.Tick(who, now);
        Owner.Record(this, StageEventKind.ItemTicked, now, who, Status, Status, item.Text);
    }

    public void UntickItem(Guid itemId, StageSide actingSide, string by, DateTimeOffset now)
    {
        var item = ItemFor(itemId, actingSide);
        var who = Who(by);
        if (!item.IsDone)
        {
            return;
        }

        item.Untick();
        Owner.Record(this, StageEventKind.ItemUnticked, now, who, Status, Status, item.Text);
    }

    public ChecklistItem AddChecklistItem(NewChecklistItem item)
    {
        var added = new ChecklistItem(item, _checklist.Count == 0 ? 0 : _checklist.Max(c => c.Position) + 1);
        _checklist.Add(added);
        return added;
    }

    public void RemoveChecklistItem(Guid itemId) => _checklist.Remove(Item(itemId));

    public void Rename(string englishName, string chineseName)
    {
        EnglishName = Guard.Trimmed(englishName, NameMaxLength, "A stage's English name")
            ?? throw new DomainException("A stage needs an English name.");
        ChineseName = Guard.Trimmed(chineseName, NameMaxLength, "A stage's Chinese name")
            ?? throw new DomainException("A stage needs a Chinese name.");
    }

    public void AssignOwner(string? userId) => OwnerUserId = Guard.Trimmed(userId, UserIdMaxLength, "A stage owner's user id");

    public void SetNotes(string? notes) => Notes = Guard.Trimmed(notes, NotesMaxLength, "A stage's notes");

    public void SetPlan(DateTimeOffset plannedStart, DateTimeOffset plannedEnd)
    {
        if (plannedEnd < plannedStart)
        {
            throw new DomainException("A stage cannot be planned to end before it starts.");
        }

        if (plannedEnd - plannedStart > TimeSpan.FromDays(StageTemplateItem.MaxDurationDays))
        {
            throw new DomainException("A stage lasts from 0 to 730 days.");
        }

        PlannedStart = plannedStart;
        PlannedEnd = plannedEnd;
    }

    /// <summary>Late: done after its planned end, or still not done when its planned end has passed. Skipped stages are never late.</summary>
    public bool IsLateAt(DateTimeOffset now) => Status switch
    {
        StageStatus.Skipped => false,
        StageStatus.Done => ActualEnd > PlannedEnd,
        _ => now > PlannedEnd,
    };

    internal void MoveTo(int position) => Position = position;

    internal void SetGoLive(bool isGoLive) => IsGoLive = isGoLive;

    private ChecklistItem Item(Guid itemId) =>
        _checklist.SingleOrDefault(c => c.Id == itemId)
        ?? throw new DomainException("That checklist item is not part of this stage.");

    private ChecklistItem ItemFor(Guid itemId, StageSide actingSide)
    {
        var item = Item(itemId);
        if (Status == StageStatus.Skipped)
        {
            throw new DomainException("This stage was skipped; its checklist cannot change.");
        }

        if (!MayTick(actingSide))
        {
            throw new DomainException("Partners can tick items only on their own side; this stage is done by the bank.");
        }

        return item;
    }

    private void Move(StageStatus to, StageEventKind kind, DateTimeOffset now, string by, string? detail)
    {
        var project = Owner;
        var who = Who(by);
        if (StatusChangedAt is { } last && now < last)
        {
            throw new DomainException("A change cannot be dated before the stage's last change.");
        }

        var from = Status;
        Status = to;
        StatusChangedAt = now;
        project.Record(this, kind, now, who, from, to, detail);
    }

    private static string Who(string by) =>
        Guard.Trimmed(by, UserIdMaxLength, "The user id") ?? throw new DomainException("Say who made the change.");
}
