using Portal.Domain.Metrics;
using Portal.Domain.Onboarding;

namespace Portal.Tests.Domain.Onboarding;

/// <summary>A fixed clock and small builders, so each test shows only the numbers it is about.</summary>
internal static class OnboardingTestData
{
    /// <summary>Monday 3 March 2025, 09:00 UTC (also 09:00 in London: before the clocks change).</summary>
    public static readonly DateTimeOffset T0 = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public static readonly Guid PartnerId = Guid.Parse("11111111-1111-1111-1111-111111111111");

    public const string Staff = "staff-1";
    public const string PartnerUser = "partner-1";

    public static DateTimeOffset Day(double days) => T0.AddDays(days);

    public static OnboardingProject NewProject() =>
        new(PartnerId, "Initech onboarding", StageTemplate.Default(), T0, T0, Staff);

    public static OnboardingStage Named(this OnboardingProject project, string englishName) =>
        project.Stages.Single(s => s.EnglishName == englishName);

    /// <summary>Starts and completes every stage up to and including go-live, one day each from <paramref name="start"/>.</summary>
    public static OnboardingProject LiveProject(DateTimeOffset start)
    {
        var project = NewProject();
        var at = start;
        foreach (var stage in project.Stages.TakeWhile(s => !s.IsGoLive).Append(project.GoLiveStage!))
        {
            stage.Start(at, Staff);
            at = at.AddDays(1);
            stage.Complete(at, Staff);
        }

        return project;
    }

    public static StageTimeline Stage(
        string name,
        StageStatus status,
        double plannedStartDay,
        double plannedEndDay,
        params (double Day, StageStatus From, StageStatus To)[] transitions) =>
        new(
            Guid.NewGuid(),
            name,
            name,
            StageSide.Partner,
            IsGoLive: false,
            status,
            Day(plannedStartDay),
            Day(plannedEndDay),
            transitions.Length == 0 ? null : Day(transitions[0].Day),
            status == StageStatus.Done && transitions.Length > 0 ? Day(transitions[^1].Day) : null,
            [.. transitions.Select(t => new StageTransition(Day(t.Day), t.From, t.To))]);

    public static ProjectTimeline Timeline(params StageTimeline[] stages) =>
        new(Guid.NewGuid(), PartnerId, stages.Min(s => s.ActualStart), null, stages);
}
