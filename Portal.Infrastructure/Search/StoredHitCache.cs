using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Infrastructure.Search;

/// <summary>What a hit shows, decoded once per document of an immutable segment.</summary>
/// <remarks>
/// Measured: reading stored fields (a compressed block per document) was a fifth of a search. A
/// segment's stored fields never change, so a decoded copy stays valid for the segment's life and is
/// dropped with it. At most the corpus's text is held, and only for documents that were hits.
/// </remarks>
internal sealed class StoredHitCache
{
    private static readonly HashSet<string> Fields =
    [
        SearchFields.Kind, SearchFields.Title, SearchFields.Version, SearchFields.Path,
        SearchFields.Anchor, SearchFields.Heading, SearchFields.Text,
    ];

    private static readonly HashSet<string> TitleOnly = [SearchFields.Title];

    private readonly ConditionalWeakTable<object, StoredHit?[]> _segments = [];
    private readonly ConditionalWeakTable<object, string?[]> _titles = [];

    /// <summary>
    /// A document's title alone, for ranking the candidates of a search, most of which are never shown: cached
    /// apart from <see cref="Get"/>, so their text is not decoded and held.
    /// </summary>
    public string Title(IndexSearcher searcher, int doc) =>
        Cached(_titles, searcher, doc, static (reader, local) => Stored(reader.Document(local, TitleOnly), SearchFields.Title));

    public StoredHit Get(IndexSearcher searcher, int doc) =>
        Cached(_segments, searcher, doc, static (reader, local) => Load(reader.Document(local, Fields)));

    private static T Cached<T>(ConditionalWeakTable<object, T?[]> cache, IndexSearcher searcher, int doc, Func<AtomicReader, int, T> load)
        where T : class
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var reader = leaf.AtomicReader;
        if (!cache.TryGetValue(reader.CoreCacheKey, out var segment))
        {
            segment = cache.GetValue(reader.CoreCacheKey, _ => new T?[reader.MaxDoc]);
        }

        var local = doc - leaf.DocBase;

        // Two threads may decode the same document; both get equal values, so no lock is needed.
        return segment[local] ??= load(reader, local);
    }

    private static StoredHit Load(Document document)
    {
        var text = Stored(document, SearchFields.Text);
        var fromText = text.Length > 0;
        if (text.Length == 0)
        {
            text = Stored(document, SearchFields.Heading);
        }

        if (text.Length == 0)
        {
            text = Stored(document, SearchFields.Title);
        }

        return new StoredHit(
            Stored(document, SearchFields.Kind),
            Stored(document, SearchFields.Title),
            Stored(document, SearchFields.Version),
            Stored(document, SearchFields.Path),
            Stored(document, SearchFields.Anchor),
            Stored(document, SearchFields.Heading),
            text,
            fromText);
    }

    private static string Stored(Document document, string field) => document.Get(field, CultureInfo.InvariantCulture) ?? string.Empty;
}

/// <param name="SnippetSource">The section text, or its heading or title when it has no text.</param>
/// <param name="SnippetFromText">Whether <paramref name="SnippetSource"/> is the text field (whose offsets the index holds).</param>
internal sealed record StoredHit(string Kind, string Title, string Version, string Path, string Anchor, string Heading, string SnippetSource, bool SnippetFromText);
