using Portal.Domain.Docs;
using Portal.Domain.Search;

namespace Portal.Infrastructure.Markdown;

/// <summary>
/// A doc page ready to show: sanitised HTML, its table of contents, and its heading-level sections
/// as plain text for the search index. <see cref="Warnings"/> are for authors (broken links, bad front matter).
/// </summary>
public sealed record RenderedDoc(
    string Html,
    string Title,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyList<SearchDocument> Sections,
    IReadOnlyList<string> Warnings)
{
    /// <summary>What the page says about itself, with defaults filled in (title from the first heading, language detected).</summary>
    public required DocPageMetadata Metadata { get; init; }
}

/// <summary>One heading in a page's table of contents; <paramref name="Anchor"/> is the heading's id.</summary>
public sealed record TocEntry(int Level, string Text, string Anchor);
