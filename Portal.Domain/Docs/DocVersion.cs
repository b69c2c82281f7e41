namespace Portal.Domain.Docs;

/// <summary>One version of the API documentation (<c>v1</c>, <c>v3.1.2</c>): a set of pages that partners read together.</summary>
public sealed class DocVersion
{
    public const int LabelMaxLength = 32;
    public const int TitleMaxLength = 200;

    private DocVersion()
    {
        Label = "";
        Title = "";
    }

    public DocVersion(string label, string? title, DocVersionStatus status, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        Label = ValidLabel(label);
        Title = ValidTitle(title, Label);
        Status = status;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    /// <summary>Part of every doc URL (<c>/docs/{label}/…</c>), so it is short and URL-safe; never changes.</summary>
    public string Label { get; private set; }

    public string Title { get; private set; }

    public DocVersionStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When a deprecated version stops working, if announced; readers are told on every page.</summary>
    public DateOnly? SunsetOn { get; private set; }

    /// <summary>A label is 1 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit.</summary>
    public static bool IsValidLabel(string? label) =>
        !string.IsNullOrEmpty(label)
        && label.Length <= LabelMaxLength
        && char.IsAsciiLetterOrDigit(label[0])
        && label.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    public void Describe(string? title, DocVersionStatus status, DateOnly? sunsetOn = null)
    {
        Title = ValidTitle(title, Label);
        Status = status;
        SunsetOn = sunsetOn;
    }

    private static string ValidLabel(string label)
    {
        var trimmed = label?.Trim() ?? "";
        if (!IsValidLabel(trimmed))
        {
            throw new DomainException(
                $"A doc version label has 1 to {LabelMaxLength} letters, digits, dots, dashes or underscores, like v1 or v3.1.2 (got '{label}').");
        }

        return trimmed;
    }

    private static string ValidTitle(string? title, string label)
    {
        var trimmed = string.IsNullOrWhiteSpace(title) ? label : title.Trim();
        if (trimmed.Length > TitleMaxLength)
        {
            throw new DomainException($"A doc version's title has at most {TitleMaxLength} characters.");
        }

        return trimmed;
    }
}

public enum DocVersionStatus
{
    Published,
    Beta,
    Deprecated,
}
