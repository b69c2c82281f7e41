namespace Portal.Domain.Assistant;

/// <summary>
/// One question the bank answers once for every partner: the answer (Markdown), the ways people
/// ask it (phrasings, which the assistant learns from), a category and an optional API version.
/// <see cref="Key"/> is stable across re-imports, so importing the same source twice changes nothing.
/// </summary>
public sealed class FaqEntry
{
    public const int KeyMaxLength = 200;
    public const int QuestionMaxLength = 500;
    public const int AnswerMaxLength = 20_000;
    public const int CategoryMaxLength = 100;
    public const int TagsMaxLength = 300;
    public const int VersionMaxLength = 32;
    public const int OwnerMaxLength = 256;
    public const int LanguageMaxLength = 16;
    public const int PhrasingMaxLength = 500;
    public const int MaxPhrasings = 2000;

    private string _phrasings = "";

    private FaqEntry()
    {
        Key = "";
        Question = "";
        Answer = "";
        Category = "";
        Language = "en";
    }

    public FaqEntry(string key, string question, string? answer, string? category, string language, DateTimeOffset at)
        : this()
    {
        Id = Guid.NewGuid();
        Key = Required(key, KeyMaxLength) ?? throw new DomainException("An FAQ entry needs a key.");
        CreatedAt = at;
        Update(question, answer, category, Tags, Version, Owner, language, at);
    }

    public Guid Id { get; private set; }

    /// <summary>Stable identity: the category of a CSV import, or the file and question slug of a Markdown one.</summary>
    public string Key { get; private set; }

    public string Question { get; private set; }

    /// <summary>Markdown; may be empty for an entry imported from phrasings only, until staff write one.</summary>
    public string Answer { get; private set; }

    public string Category { get; private set; }

    /// <summary>Comma-separated.</summary>
    public string? Tags { get; private set; }

    /// <summary>The API version the entry is about; null for every version.</summary>
    public string? Version { get; private set; }

    /// <summary>Who keeps the answer right (an e-mail address or team).</summary>
    public string? Owner { get; private set; }

    /// <summary><c>en</c> or <c>zh-CN</c>.</summary>
    public string Language { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Other ways to ask the question, one per line; the question itself is not repeated here.</summary>
    public IReadOnlyList<string> Phrasings =>
        _phrasings.Length == 0 ? [] : _phrasings.Split('\n');

    public IReadOnlyList<string> TagList =>
        string.IsNullOrEmpty(Tags) ? [] : [.. Tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public void Update(string question, string? answer, string? category, string? tags, string? version, string? owner, string language, DateTimeOffset at)
    {
        Question = Required(question, QuestionMaxLength) ?? throw new DomainException("An FAQ entry needs a question.");
        var trimmedAnswer = answer?.Trim() ?? "";
        Answer = trimmedAnswer.Length <= AnswerMaxLength ? trimmedAnswer : throw new DomainException("An answer has at most 20000 characters.");
        Category = Required(category, CategoryMaxLength) ?? "General";
        Tags = Required(tags, TagsMaxLength);
        Version = Required(version, VersionMaxLength);
        Owner = Required(owner, OwnerMaxLength);
        Language = Required(language, LanguageMaxLength) ?? "en";
        UpdatedAt = at;
    }

    /// <summary>Replaces the phrasings; blank, duplicate and question-equal lines are dropped.</summary>
    public bool SetPhrasings(IEnumerable<string> phrasings)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Question };
        var kept = new List<string>();
        foreach (var phrasing in phrasings)
        {
            var clean = PlainWords.Fold(phrasing);
            if (clean.Length == 0 || clean.Length > PhrasingMaxLength || !seen.Add(clean))
            {
                continue;
            }

            kept.Add(clean);
            if (kept.Count == MaxPhrasings)
            {
                break;
            }
        }

        var joined = string.Join('\n', kept);
        if (joined == _phrasings)
        {
            return false;
        }

        _phrasings = joined;
        return true;
    }

    /// <summary>Adds one phrasing (from the backlog or a promoted ticket); false when it is already there.</summary>
    public bool AddPhrasing(string phrasing, DateTimeOffset at)
    {
        var clean = PlainWords.Fold(phrasing);
        if (clean.Length == 0)
        {
            throw new DomainException("A phrasing cannot be empty.");
        }

        if (clean.Length > PhrasingMaxLength)
        {
            throw new DomainException("A phrasing has at most 500 characters.");
        }

        var changed = SetPhrasings([.. Phrasings, clean]);
        if (changed)
        {
            UpdatedAt = at;
        }

        return changed;
    }

    private static string? Required(string? value, int maxLength)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length == 0 ? null
            : trimmed.Length > maxLength ? trimmed[..maxLength]
            : trimmed;
    }
}
