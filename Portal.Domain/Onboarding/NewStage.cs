namespace Portal.Domain.Onboarding;

/// <summary>What an admin types to add a stage to a template or to a project; the entities validate it.</summary>
public sealed record NewStage(
    string EnglishName,
    string ChineseName,
    StageSide Side,
    int DurationDays,
    bool IsGoLive = false,
    IReadOnlyList<NewChecklistItem>? Checklist = null);

/// <param name="DocPath">A doc page as version and path, for example <c>v2/getting-started/sandbox</c>.</param>
public sealed record NewChecklistItem(string Text, string? DocPath = null);
