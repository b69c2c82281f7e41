using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Domain.Docs;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Portal.Infrastructure.Markdown;

/// <summary>
/// The YAML front matter of a page, as given. Keys: <c>title</c>, <c>owner</c>, <c>review_interval</c>
/// (days, or <c>6 weeks</c>, <c>3 months</c>, <c>1 year</c>), <c>next_review</c>, <c>last_reviewed</c>,
/// <c>tags</c> (a list or comma-separated) and <c>language</c> (<c>en</c>, <c>zh-CN</c>). Other keys are ignored;
/// a value that breaks a rule is dropped with a warning, never failing the page.
/// </summary>
public sealed partial record FrontMatter(
    string? Title,
    string? Owner,
    int? ReviewIntervalDays,
    DateTimeOffset? NextReviewAt,
    DateTimeOffset? LastReviewedAt,
    IReadOnlyList<string> Tags,
    string? Language)
{
    public static readonly FrontMatter Empty = new(null, null, null, null, null, [], null);

    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    /// <param name="yaml">The text between the <c>---</c> lines.</param>
    /// <param name="warnings">Receives one line per problem, prefixed with <paramref name="file"/>.</param>
    public static FrontMatter Parse(string yaml, string file, ICollection<string> warnings)
    {
        Dictionary<string, object?>? values;
        try
        {
            values = Yaml.Deserialize<Dictionary<string, object?>>(yaml);
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            warnings.Add($"{file}: front matter is not valid YAML ({e.Message}); ignored.");
            return Empty;
        }

        if (values is null)
        {
            return Empty;
        }

        var byKey = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            byKey.TryAdd(NormalizeKey(key), value);
        }

        string? Text(string key) => byKey.TryGetValue(key, out var value) && value is string s && s.Trim().Length > 0 ? s.Trim() : null;

        var owner = Text("OWNER");
        if (owner is not null && !DocPage.IsValidOwner(owner))
        {
            warnings.Add($"{file}: owner '{owner}' is neither an e-mail address nor one of {string.Join(", ", Portal.Domain.Roles.Staff)}; ignored.");
            owner = null;
        }

        int? interval = null;
        if (Text("REVIEWINTERVAL") is { } intervalText)
        {
            interval = ParseDays(intervalText);
            if (interval is null or < 1 or > DocPage.MaxReviewIntervalDays)
            {
                warnings.Add($"{file}: review_interval '{intervalText}' is not a number of days between 1 and {DocPage.MaxReviewIntervalDays}; ignored.");
                interval = null;
            }
        }

        var language = Text("LANGUAGE") ?? Text("LANG");
        if (language is not null && DocLanguages.Normalize(language) is null)
        {
            warnings.Add($"{file}: language '{language}' is not one of {string.Join(", ", DocLanguages.All)}; ignored.");
            language = null;
        }

        var tags = (byKey.GetValueOrDefault("TAGS") switch
        {
            string s => s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            IEnumerable<object> list => list.OfType<string>().Select(t => t.Trim()),
            _ => [],
        }).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (tags.Count > DocPage.MaxTags || tags.Any(t => t.Length > DocPage.TagMaxLength))
        {
            warnings.Add($"{file}: more than {DocPage.MaxTags} tags, or a tag longer than {DocPage.TagMaxLength} characters; extra tags ignored.");
            tags = [.. tags.Where(t => t.Length <= DocPage.TagMaxLength).Take(DocPage.MaxTags)];
        }

        var title = Text("TITLE");
        if (title?.Length > DocPage.TitleMaxLength)
        {
            title = title[..DocPage.TitleMaxLength];
        }

        return new FrontMatter(
            title,
            owner,
            interval,
            Date(Text("NEXTREVIEW"), "next_review"),
            Date(Text("LASTREVIEWED"), "last_reviewed"),
            tags,
            language is null ? null : DocLanguages.Normalize(language));

        DateTimeOffset? Date(string? text, string key)
        {
            if (text is null)
            {
                return null;
            }

            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                return date.ToUniversalTime();
            }

            warnings.Add($"{file}: {key} '{text}' is not a date like 2026-03-31; ignored.");
            return null;
        }
    }

    // review_interval, reviewInterval and review-interval are all the same key to an author.
    private static string NormalizeKey(string key) => string.Concat(key.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    private static int? ParseDays(string text)
    {
        var match = DurationPattern().Match(text);
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 100_000)
        {
            return null;
        }

        return match.Groups["unit"].Value.ToUpperInvariant() switch
        {
            "" or "D" or "DAY" or "DAYS" => n,
            "W" or "WEEK" or "WEEKS" => n * 7,
            "M" or "MONTH" or "MONTHS" => n * 30,
            "Y" or "YEAR" or "YEARS" => n * 365,
            _ => null,
        };
    }

    [GeneratedRegex(@"^\s*(?<n>\d{1,6})\s*(?<unit>[A-Za-z]*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
