using Portal.Domain.Docs;

namespace Portal.Domain.Search;

/// <summary>
/// A doc page staff put first for a query, in whatever version the reader searches. Where words alone rank the
/// wrong sibling page (a consent for its payment, a profile for its resource), a person who knows the answer
/// settles it for everyone who asks the same way.
/// </summary>
public sealed class SearchPin
{
    public const int UserIdMaxLength = 450;

    private SearchPin()
    {
    }

    public SearchPin(string query, string path, string pinnedBy, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pinnedBy);
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new DomainException("Type the query the page should come first for.");
        }

        if (string.IsNullOrWhiteSpace(path) || path.Length > DocPage.PathMaxLength)
        {
            throw new DomainException("Choose the doc page to put first.");
        }

        Id = Guid.NewGuid();
        Query = SearchLogEntry.Tidy(query);
        NormalizedQuery = SearchLogEntry.Normalize(query);
        Path = path.Trim();
        PinnedBy = pinnedBy;
        At = at;
    }

    public Guid Id { get; private set; }

    /// <summary>As typed, whitespace folded.</summary>
    public string Query { get; private set; } = "";

    /// <summary>What a search's query must equal, once normalised the same way, for the pin to apply.</summary>
    public string NormalizedQuery { get; private set; } = "";

    /// <summary>The page's path within any version (<c>resources-and-data-models/vrp/domestic-vrps</c>).</summary>
    public string Path { get; private set; } = "";

    public string PinnedBy { get; private set; } = "";

    public DateTimeOffset At { get; private set; }
}
