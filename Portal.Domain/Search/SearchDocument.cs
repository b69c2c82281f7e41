namespace Portal.Domain.Search;

/// <summary>What can be found: one heading-level section of a doc page, or one FAQ entry.</summary>
public static class SearchKinds
{
    public const string Doc = "doc";
    public const string Faq = "faq";
}

/// <summary>
/// One unit of the search index. Doc pages contribute one per heading-level section, so a hit opens
/// the exact anchor. Derived data: always rebuildable from the database.
/// </summary>
/// <param name="Id">Stable and unique: <c>doc:{version}:{path}#{anchor}</c> or <c>faq:{key}</c>.</param>
/// <param name="Version">API version label (<c>v1</c>, <c>v3.1.2</c>); empty for entries valid for every version.</param>
/// <param name="Path">The page path within its version, without extension (<c>payments/domestic</c>).</param>
/// <param name="Anchor">The heading anchor within the page; empty for the page's top.</param>
/// <param name="Title">The page (or FAQ question) title.</param>
/// <param name="Heading">The section heading; empty for the page's top section.</param>
/// <param name="Text">Plain text of the section (no Markdown, no HTML).</param>
/// <param name="Language">BCP 47 tag of the text: <c>en</c> or <c>zh-CN</c>.</param>
/// <param name="Defines">What the section defines: the first cell of each row of its tables (field, header and code names).</param>
public sealed record SearchDocument(
    string Id,
    string Kind,
    string Version,
    string Path,
    string Anchor,
    string Title,
    string Heading,
    string Text,
    string Language,
    string Defines = "");

/// <summary>
/// One search result; <paramref name="Snippet"/> is HTML-escaped text with matches in &lt;mark&gt;.
/// <paramref name="Pinned"/>: staff put this page first for this query (<see cref="SearchPin"/>).
/// </summary>
public sealed record SearchHit(
    string Kind,
    string Title,
    string Version,
    string Path,
    string Anchor,
    float Score,
    string Snippet,
    string Heading = "",
    bool Pinned = false);
