namespace Portal.Domain.Onboarding;

/// <summary>One stage of a <see cref="StageTemplate"/>: what a new project's stage starts as.</summary>
public sealed class StageTemplateItem
{
    public const int NameMaxLength = 100;
    public const int MaxDurationDays = 730;

    private readonly List<ChecklistItemTemplate> _checklist = [];

    private StageTemplateItem()
    {
        EnglishName = "";
        ChineseName = "";
    }

    internal StageTemplateItem(NewStage stage, int position)
        : this()
    {
        Id = Guid.NewGuid();
        Position = position;
        Rename(stage.EnglishName, stage.ChineseName);
        Side = stage.Side;
        SetDefaultDuration(stage.DurationDays);
        IsGoLive = stage.IsGoLive;
        foreach (var item in stage.Checklist ?? [])
        {
            AddChecklistItem(item);
        }
    }

    public Guid Id { get; private set; }

    public int Position { get; private set; }

    public string EnglishName { get; private set; }

    public string ChineseName { get; private set; }

    public StageSide Side { get; private set; }

    /// <summary>Calendar days; zero is allowed for a milestone such as a signature.</summary>
    public int DefaultDurationDays { get; private set; }

    public bool IsGoLive { get; private set; }

    public IReadOnlyList<ChecklistItemTemplate> Checklist => [.. _checklist.OrderBy(c => c.Position)];

    public void Rename(string englishName, string chineseName)
    {
        EnglishName = Guard.Trimmed(englishName, NameMaxLength, "A stage's English name")
            ?? throw new DomainException("A stage needs an English name.");
        ChineseName = Guard.Trimmed(chineseName, NameMaxLength, "A stage's Chinese name")
            ?? throw new DomainException("A stage needs a Chinese name.");
    }

    public void SetSide(StageSide side) => Side = side;

    public void SetDefaultDuration(int days) => DefaultDurationDays = ValidDuration(days);

    public ChecklistItemTemplate AddChecklistItem(NewChecklistItem item)
    {
        var added = new ChecklistItemTemplate(item, _checklist.Count == 0 ? 0 : _checklist.Max(c => c.Position) + 1);
        _checklist.Add(added);
        return added;
    }

    public void RemoveChecklistItem(Guid itemId)
    {
        var item = _checklist.SingleOrDefault(c => c.Id == itemId)
            ?? throw new DomainException("That checklist item is not part of this stage.");
        _checklist.Remove(item);
    }

    internal static int ValidDuration(int days) =>
        days is < 0 or > MaxDurationDays
            ? throw new DomainException("A stage lasts from 0 to 730 days.")
            : days;

    internal void MoveTo(int position) => Position = position;

    internal void SetGoLive(bool isGoLive) => IsGoLive = isGoLive;
}

/// <summary>A checklist item a new project's stage starts with.</summary>
public sealed class ChecklistItemTemplate
{
    private ChecklistItemTemplate()
    {
        Text = "";
    }

    internal ChecklistItemTemplate(NewChecklistItem item, int position)
        : this()
    {
        Id = Guid.NewGuid();
        Position = position;
        Text = Guard.Trimmed(item.Text, ChecklistItem.TextMaxLength, "A checklist item's text")
            ?? throw new DomainException("A checklist item needs a text.");
        DocPath = Guard.Trimmed(item.DocPath, ChecklistItem.DocPathMaxLength, "A checklist item's doc page");
    }

    public Guid Id { get; private set; }

    public int Position { get; private set; }

    public string Text { get; private set; }

    public string? DocPath { get; private set; }
}
