namespace Portal.Domain.Docs;

/// <summary>
/// What a page says about itself (its front matter) besides its text. Null fields were not given.
/// </summary>
/// <param name="ReviewIntervalDays">How often the owner must review the page.</param>
/// <param name="NextReviewAt">An explicit review date; wins over the interval.</param>
/// <param name="LastReviewedAt">When the page was last reviewed outside the portal.</param>
public sealed record DocPageMetadata(
    string Title,
    string? Owner = null,
    int? ReviewIntervalDays = null,
    DateTimeOffset? NextReviewAt = null,
    DateTimeOffset? LastReviewedAt = null,
    IReadOnlyList<string>? Tags = null,
    string Language = DocLanguages.English);

/// <summary>The languages a page can be written in (BCP 47, as the search index expects them).</summary>
public static class DocLanguages
{
    public const string English = "en";
    public const string Chinese = "zh-CN";
    public const int MaxLength = 10;

    public static readonly IReadOnlyList<string> All = [English, Chinese];

    /// <summary>Accepts the spellings authors use (<c>EN</c>, <c>en-GB</c>, <c>zh</c>, <c>zh-Hans</c>); null when it is neither language.</summary>
    public static string? Normalize(string? tag)
    {
        var value = tag?.Trim() ?? "";
        if (value.Equals("en", StringComparison.OrdinalIgnoreCase) || value.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
        {
            return English;
        }

        if (value.Equals("zh", StringComparison.OrdinalIgnoreCase) || value.StartsWith("zh-", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("zh_", StringComparison.OrdinalIgnoreCase))
        {
            return Chinese;
        }

        return null;
    }
}
