namespace Portal.Domain.Onboarding;

/// <summary>One change to a stage: what, who, when, and the status before and after (equal for a ticked item).</summary>
public sealed class StageEvent
{
    public const int DetailMaxLength = 500;

    private StageEvent()
    {
        By = "";
    }

    internal StageEvent(Guid projectId, Guid stageId, int sequence, StageEventKind kind, DateTimeOffset at, string by, StageStatus fromStatus, StageStatus toStatus, string? detail)
        : this()
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        StageId = stageId;
        Sequence = sequence;
        Kind = kind;
        At = at;
        By = by;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        Detail = detail;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid StageId { get; private set; }

    /// <summary>Orders events that share an instant.</summary>
    public int Sequence { get; private set; }

    public StageEventKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The user id of whoever made the change.</summary>
    public string By { get; private set; }

    public StageStatus FromStatus { get; private set; }

    public StageStatus ToStatus { get; private set; }

    /// <summary>The reason for a block, skip or reopen, or the text of a ticked item.</summary>
    public string? Detail { get; private set; }
}
