using System.Collections.Frozen;
using Portal.Domain.Search;

namespace Portal.Infrastructure.Search;

/// <summary>The pages staff put first for a query (<see cref="SearchPin"/>), held in memory: a search never waits on the database.</summary>
public sealed class SearchPins
{
    private volatile FrozenDictionary<string, string[]> _paths = FrozenDictionary<string, string[]>.Empty;

    /// <summary>Replaces every pin at once; a search sees the old set or the new one, never half of each.</summary>
    public void Replace(IEnumerable<SearchPin> pins) =>
        _paths = pins.GroupBy(p => p.NormalizedQuery, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(p => p.At).Select(p => p.Path).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    /// <summary>The pinned page paths for a query, in the order they were pinned.</summary>
    public IReadOnlyList<string> For(string query)
    {
        var paths = _paths;
        return paths.Count == 0 ? [] : paths.GetValueOrDefault(SearchLogEntry.Normalize(query)) ?? [];
    }
}
