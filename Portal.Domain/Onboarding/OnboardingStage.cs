using System.Globalization;

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
        EnsureStatus(StageStatus.NotStarted, "start", Status switch
        {
            StageStatus.Done => "reopen it instead",
            StageStatus.Skipped => "reopen it first",
            _ => null,
        });
        Move(StageStatus.InProgress, StageEventKind.Started, now, by, null);
        ActualStart = now;
        ActualEnd = null;
    }

    public void Block(string reason, DateTimeOffset now, string by)
    {
        EnsureStatus(StageStatus.InProgress, "block", Status == StageStatus.NotStarted ? "start it first" : null);
        var why = Guard.Required(reason, ReasonMaxLength, "The reason for the block");
        Move(StageStatus.Blocked, StageEventKind.Blocked, now, by, why);
        BlockedReason = why;
    }

    public void Unblock(DateTimeOffset now, string by)
    {
        EnsureStatus(StageStatus.Blocked, "unblock", null);
        Move(StageStatus.InProgress, StageEventKind.Unblocked, now, by, null);
        BlockedReason = null;
    }

    /// <summary>Open checklist items do not stop completion: the checklist guides, the owner decides.</summary>
    public void Complete(DateTimeOffset now, string by)
    {
        EnsureStatus(StageStatus.InProgress, "complete", Status switch
        {
            StageStatus.NotStarted => "start it first",
            StageStatus.Blocked => "unblock it first",
            _ => null,
        });
        Move(StageStatus.Done, StageEventKind.Completed, now, by, null);
        ActualEnd = now;
    }

    /// <summary>A done stage goes back in progress (its actual end is cleared until it is completed again); a skipped stage goes back to not started.</summary>
    public void Reopen(DateTimeOffset now, string by, string? reason = null)
    {
        if (Status is not (StageStatus.Done or StageStatus.Skipped))
        {
            throw Refused("reopen", "only a done or skipped stage can be reopened");
        }

        var why = Guard.Optional(reason, ReasonMaxLength, "The reason for reopening");
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
            throw new DomainException($"“{EnglishName}” is the go-live stage and cannot be skipped.");
        }

        EnsureStatus(StageStatus.NotStarted, "skip", Status is StageStatus.InProgress or StageStatus.Blocked ? "complete it instead" : null);
        var why = Guard.Required(reason, ReasonMaxLength, "The reason for skipping");
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
        var who = Guard.Required(by, UserIdMaxLength, "Who ticked the item");
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
        var who = Guard.Required(by, UserIdMaxLength, "Who unticked the item");
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
        EnglishName = Guard.Required(englishName, NameMaxLength, "A stage's English name");
        ChineseName = Guard.Required(chineseName, NameMaxLength, "A stage's Chinese name");
    }

    public void AssignOwner(string? userId) => OwnerUserId = Guard.Optional(userId, UserIdMaxLength, "A stage owner's user id");

    public void SetNotes(string? notes) => Notes = Guard.Optional(notes, NotesMaxLength, "A stage's notes");

    public void SetPlan(DateTimeOffset plannedStart, DateTimeOffset plannedEnd)
    {
        if (plannedEnd < plannedStart)
        {
            throw new DomainException($"“{EnglishName}” cannot be planned to end before it starts.");
        }

        if (plannedEnd - plannedStart > TimeSpan.FromDays(StageTemplateItem.MaxDurationDays))
        {
            throw new DomainException($"A stage lasts from 0 to {StageTemplateItem.MaxDurationDays} days.");
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
        ?? throw new DomainException($"That checklist item is not part of “{EnglishName}”.");

    private ChecklistItem ItemFor(Guid itemId, StageSide actingSide)
    {
        var item = Item(itemId);
        if (Status == StageStatus.Skipped)
        {
            throw new DomainException($"“{EnglishName}” was skipped; its checklist cannot change.");
        }

        if (!MayTick(actingSide))
        {
            throw new DomainException($"Partners can tick items only on their own side; “{EnglishName}” is done by the bank.");
        }

        return item;
    }

    private void Move(StageStatus to, StageEventKind kind, DateTimeOffset now, string by, string? detail)
    {
        var project = Owner;
        var who = Guard.Required(by, UserIdMaxLength, "Who made the change");
        if (StatusChangedAt is { } last && now < last)
        {
            throw new DomainException(
                $"“{EnglishName}” last changed at {Format(last)}; a change dated {Format(now)} would go back in time.");
        }

        var from = Status;
        Status = to;
        StatusChangedAt = now;
        project.Record(this, kind, now, who, from, to, detail);
    }

    private void EnsureStatus(StageStatus required, string verb, string? hint)
    {
        if (Status != required)
        {
            throw Refused(verb, hint);
        }
    }

    private DomainException Refused(string verb, string? hint)
    {
        var state = Status switch
        {
            StageStatus.NotStarted => "has not started",
            StageStatus.InProgress => "is in progress",
            StageStatus.Blocked => $"is blocked ({BlockedReason})",
            StageStatus.Done => "is done",
            _ => "was skipped",
        };
        return new DomainException($"Cannot {verb} “{EnglishName}”: it {state}{(hint is null ? "" : "; " + hint)}.");
    }

    private static string Format(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
