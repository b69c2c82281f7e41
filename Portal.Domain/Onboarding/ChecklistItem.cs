namespace Portal.Domain.Onboarding;

/// <summary>A task within a stage, often pointing at the doc page to read; ticked by whoever did it.</summary>
public sealed class ChecklistItem
{
    public const int TextMaxLength = 300;
    public const int DocPathMaxLength = 400;
    public const int UserIdMaxLength = 450;

    private ChecklistItem()
    {
        Text = "";
    }

    internal ChecklistItem(NewChecklistItem item, int position)
        : this()
    {
        Id = Guid.NewGuid();
        Position = position;
        Text = Guard.Trimmed(item.Text, TextMaxLength, "A checklist item's text")
            ?? throw new DomainException("A checklist item needs a text.");
        DocPath = Guard.Trimmed(item.DocPath, DocPathMaxLength, "A checklist item's doc page");
    }

    public Guid Id { get; private set; }

    public int Position { get; private set; }

    public string Text { get; private set; }

    /// <summary>A doc page as version and path, for example <c>v2/getting-started/sandbox</c>.</summary>
    public string? DocPath { get; private set; }

    public bool IsDone { get; private set; }

    public string? DoneBy { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    internal void Tick(string by, DateTimeOffset at)
    {
        IsDone = true;
        DoneBy = by;
        DoneAt = at;
    }

    internal void Untick()
    {
        IsDone = false;
        DoneBy = null;
        DoneAt = null;
    }
}
