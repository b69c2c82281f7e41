using Portal.Domain.Tenancy;

namespace Portal.Domain.Onboarding;

/// <summary>
/// One partner's way from application to hypercare: a copy of a template's stages with a plan, the
/// actual progress, and every status change as a <see cref="StageEvent"/>. Application is when
/// the first stage actually started; go-live is when the go-live stage was completed.
/// </summary>
public sealed class OnboardingProject : IPartnerOwned
{
    public const int NameMaxLength = 200;
    public const int UserIdMaxLength = 450;

    private readonly List<OnboardingStage> _stages = [];
    private readonly List<StageEvent> _events = [];

    private OnboardingProject()
    {
        Name = "";
        CreatedBy = "";
    }

    /// <param name="plannedStart">Where the plan starts; the stages are laid out one after another from it.</param>
    public OnboardingProject(Guid partnerId, string name, StageTemplate template, DateTimeOffset plannedStart, DateTimeOffset now, string createdBy)
        : this()
    {
        var stages = template.Stages;
        if (stages.Count == 0)
        {
            throw new DomainException("A project is created from a template with at least one stage.");
        }

        Id = Guid.NewGuid();
        PartnerId = partnerId;
        Rename(name);
        TemplateId = template.Id;
        CreatedAt = now;
        CreatedBy = Guard.Trimmed(createdBy, UserIdMaxLength, "Who created the project")
            ?? throw new DomainException("Say who made the change.");
        for (var i = 0; i < stages.Count; i++)
        {
            _stages.Add(new OnboardingStage(this, ToNewStage(stages[i]), i, plannedStart));
        }

        Replan(plannedStart);
    }

    public Guid Id { get; private set; }

    public Guid PartnerId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The template it was created from; null once that template is deleted.</summary>
    public Guid? TemplateId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    /// <summary>Events are numbered here rather than counted, so numbering works without loading old events.</summary>
    public int LastEventSequence { get; private set; }

    /// <summary>In order; the order is kept in <see cref="OnboardingStage.Position"/>.</summary>
    public IReadOnlyList<OnboardingStage> Stages => [.. _stages.OrderBy(s => s.Position)];

    /// <summary>Oldest first, in the order the changes were made.</summary>
    public IReadOnlyList<StageEvent> Events => [.. _events.OrderBy(e => e.Sequence)];

    public OnboardingStage? GoLiveStage => _stages.SingleOrDefault(s => s.IsGoLive);

    /// <summary>
    /// When the partner applied: the earliest actual start of any stage. Normally that is the first
    /// stage; taking the earliest keeps it right when the first stage was skipped or stages overlap.
    /// </summary>
    public DateTimeOffset? ApplicationAt => _stages.Min(s => s.ActualStart);

    public DateTimeOffset? GoLiveAt => GoLiveStage is { Status: StageStatus.Done } stage ? stage.ActualEnd : null;

    public bool IsLive => GoLiveAt is not null;

    public DateTimeOffset PlannedStart => _stages.Min(s => s.PlannedStart);

    public DateTimeOffset? PlannedGoLiveAt => GoLiveStage?.PlannedEnd;

    public OnboardingStage Stage(Guid stageId) =>
        _stages.SingleOrDefault(s => s.Id == stageId)
        ?? throw new DomainException("That stage is not part of this onboarding project.");

    public void Rename(string name) =>
        Name = Guard.Trimmed(name, NameMaxLength, "A project's name")
            ?? throw new DomainException("An onboarding project needs a name.");

    /// <summary>Adds a stage planned to start when the stage before it is planned to end.</summary>
    /// <param name="position">Zero-based; null appends.</param>
    public OnboardingStage AddStage(NewStage stage, int? position = null)
    {
        if (stage.IsGoLive && GoLiveStage is not null)
        {
            throw new DomainException("A project has only one go-live stage; mark the new stage as go-live after adding it.");
        }

        var ordered = Stages.ToList();
        var index = position ?? ordered.Count;
        if (index < 0 || index > ordered.Count)
        {
            throw new DomainException("That position is outside the list of stages.");
        }

        var plannedStart = index == 0 ? PlannedStart : ordered[index - 1].PlannedEnd;
        var added = new OnboardingStage(this, stage, index, plannedStart);
        ordered.Insert(index, added);
        _stages.Add(added);
        Renumber(ordered);
        return added;
    }

    /// <summary>Only an untouched stage can go: anything else has history the reports rely on (skip it instead).</summary>
    public void RemoveStage(Guid stageId)
    {
        var stage = Stage(stageId);
        if (stage.Status != StageStatus.NotStarted || _events.Any(e => e.StageId == stageId))
        {
            throw new DomainException("This stage has history and cannot be removed; skip it instead.");
        }

        if (stage.IsGoLive)
        {
            throw new DomainException("This is the go-live stage; mark another stage as go-live before removing it.");
        }

        if (_stages.Count == 1)
        {
            throw new DomainException("A project keeps at least one stage.");
        }

        _stages.Remove(stage);
        Renumber(Stages.ToList());
    }

    /// <param name="position">Zero-based target position.</param>
    public void MoveStage(Guid stageId, int position)
    {
        var stage = Stage(stageId);
        if (position < 0 || position >= _stages.Count)
        {
            throw new DomainException("That position is outside the list of stages.");
        }

        var ordered = Stages.ToList();
        ordered.Remove(stage);
        ordered.Insert(position, stage);
        Renumber(ordered);
    }

    public void MarkGoLive(Guid stageId)
    {
        var stage = Stage(stageId);
        if (IsLive && !stage.IsGoLive)
        {
            throw new DomainException("The partner is already live; the stage that marks go-live cannot change any more.");
        }

        if (stage.Status == StageStatus.Skipped)
        {
            throw new DomainException("A skipped stage cannot mark go-live.");
        }

        foreach (var each in _stages)
        {
            each.SetGoLive(each == stage);
        }
    }

    /// <summary>
    /// Lays the stages that have not started yet out one after another from <paramref name="from"/>,
    /// each keeping its planned length. Started, done and skipped stages keep their plan: it is
    /// what their plan variance is measured against.
    /// </summary>
    public void Replan(DateTimeOffset from)
    {
        var cursor = from;
        foreach (var stage in Stages.Where(s => s.Status == StageStatus.NotStarted))
        {
            stage.SetPlan(cursor, cursor + stage.PlannedLength);
            cursor = stage.PlannedEnd;
        }
    }

    internal void Record(OnboardingStage stage, StageEventKind kind, DateTimeOffset at, string by, StageStatus from, StageStatus to, string? detail)
    {
        LastEventSequence++;
        _events.Add(new StageEvent(Id, stage.Id, LastEventSequence, kind, at, by, from, to, detail));
    }

    private static NewStage ToNewStage(StageTemplateItem item) =>
        new(item.EnglishName, item.ChineseName, item.Side, item.DefaultDurationDays, item.IsGoLive,
            [.. item.Checklist.Select(c => new NewChecklistItem(c.Text, c.DocPath))]);

    private static void Renumber(List<OnboardingStage> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo(i);
        }
    }
}
