using Portal.Domain.Onboarding;

namespace Portal.Domain.Metrics;

/// <summary>A status change of a stage, as the metrics need it.</summary>
public sealed record StageTransition(DateTimeOffset At, StageStatus From, StageStatus To);

/// <summary>One stage as plain data. <see cref="Transitions"/> are oldest first.</summary>
public sealed record StageTimeline(
    Guid StageId,
    string EnglishName,
    string ChineseName,
    StageSide Side,
    bool IsGoLive,
    StageStatus Status,
    DateTimeOffset PlannedStart,
    DateTimeOffset PlannedEnd,
    DateTimeOffset? ActualStart,
    DateTimeOffset? ActualEnd,
    IReadOnlyList<StageTransition> Transitions);

/// <summary>One onboarding project as plain data: the input of the timeline metrics.</summary>
public sealed record ProjectTimeline(
    Guid ProjectId,
    Guid PartnerId,
    DateTimeOffset? ApplicationAt,
    DateTimeOffset? GoLiveAt,
    IReadOnlyList<StageTimeline> Stages)
{
    public static ProjectTimeline From(OnboardingProject project)
    {
        var transitions = project.Events
            .Where(e => e.FromStatus != e.ToStatus)
            .ToLookup(e => e.StageId, e => new StageTransition(e.At, e.FromStatus, e.ToStatus));
        return new ProjectTimeline(
            project.Id,
            project.PartnerId,
            project.ApplicationAt,
            project.GoLiveAt,
            [
                .. project.Stages.Select(s => new StageTimeline(
                    s.Id, s.EnglishName, s.ChineseName, s.Side, s.IsGoLive, s.Status,
                    s.PlannedStart, s.PlannedEnd, s.ActualStart, s.ActualEnd, [.. transitions[s.Id]])),
            ]);
    }
}
