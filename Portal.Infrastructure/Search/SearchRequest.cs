namespace Portal.Infrastructure.Search;

/// <summary>What a reader asked for.</summary>
/// <param name="Query">Free text as typed; never parsed as query syntax.</param>
/// <param name="Version">Only this version (exact label), plus entries valid for every version (empty version).</param>
/// <param name="Kind">Only this kind (<see cref="Portal.Domain.Search.SearchKinds"/>).</param>
/// <param name="Top">How many hits at most (capped at <see cref="SearchIndex.MaxTop"/>).</param>
/// <param name="PreferVersion">The reader's version: its hits (and version-less entries) come first, others follow.</param>
public sealed record SearchRequest(string Query, string? Version = null, string? Kind = null, int Top = 10, string? PreferVersion = null);
