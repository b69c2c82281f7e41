namespace Portal.Infrastructure.Search;

/// <summary>Field names of the search index; the analyzer picks its chain by them.</summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string Version = "version";
    public const string Path = "path";
    public const string Anchor = "anchor";
    public const string Title = "title";
    public const string Heading = "heading";
    public const string Text = "text";
    public const string Language = "language";

    /// <summary>What a section defines: the first cell of each table row (see <see cref="Portal.Domain.Search.SearchDocument.Defines"/>).</summary>
    public const string Defines = "defines";

    /// <summary>Hyphenated and slashed identifiers kept whole (<c>x-fapi-interaction-id</c>, <c>domestic-payments</c>).</summary>
    public const string Identifiers = "ids";
}
