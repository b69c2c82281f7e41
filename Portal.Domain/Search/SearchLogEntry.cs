namespace Portal.Domain.Search;

/// <summary>
/// One search a person ran (the results page or the HTTP API, not every keystroke of the instant box): what staff
/// read to see what partners look for and do not find.
/// </summary>
public sealed class SearchLogEntry
{
    /// <summary>Longer queries are kept cut: a pasted page says nothing more about what was looked for.</summary>
    public const int QueryMaxLength = 200;
    public const int VersionMaxLength = 32;
    public const int UserIdMaxLength = 450;
    public const int OpenedUrlMaxLength = 500;

    private SearchLogEntry()
    {
    }

    public SearchLogEntry(string query, string? version, int hits, string? userId, Guid? partnerId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        Id = Guid.NewGuid();
        Query = Tidy(query);
        NormalizedQuery = Query.ToLowerInvariant();
        Version = string.IsNullOrWhiteSpace(version) ? null : PlainWords.Cut(version.Trim(), VersionMaxLength);
        Hits = Math.Max(0, hits);
        UserId = userId;
        PartnerId = partnerId;
        At = at;
    }

    public Guid Id { get; private set; }

    /// <summary>As typed, whitespace folded, at most <see cref="QueryMaxLength"/> characters.</summary>
    public string Query { get; private set; } = "";

    /// <summary><see cref="Query"/> in lower case: "Refund" and "refund" count as one question.</summary>
    public string NormalizedQuery { get; private set; } = "";

    /// <summary>The version filter, if the reader chose one.</summary>
    public string? Version { get; private set; }

    public int Hits { get; private set; }

    public string? UserId { get; private set; }

    /// <summary>The searcher's organisation, for staff only: never shown to partners.</summary>
    public Guid? PartnerId { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Where in the results (1 = first) the first result the searcher opened was; null if none was opened.</summary>
    public int? OpenedRank { get; private set; }

    /// <summary>The address of that result, without its anchor.</summary>
    public string? OpenedUrl { get; private set; }

    /// <summary>Notes the first result opened; later ones (back, then another) do not change it.</summary>
    public void Opened(int rank, string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        if (OpenedRank is not null || rank < 1)
        {
            return;
        }

        OpenedRank = rank;
        var anchor = url.IndexOf('#', StringComparison.Ordinal);
        OpenedUrl = PlainWords.Cut(anchor < 0 ? url : url[..anchor], OpenedUrlMaxLength);
    }

    /// <summary>A query as typed, whitespace folded and cut to <see cref="QueryMaxLength"/>: how it is stored and shown.</summary>
    public static string Tidy(string query) => PlainWords.Cut(PlainWords.Fold(query), QueryMaxLength);

    /// <summary><see cref="Tidy"/> in lower case: "Refund  Rules" and "refund rules" are one query.</summary>
    public static string Normalize(string query) => Tidy(query).ToLowerInvariant();
}
