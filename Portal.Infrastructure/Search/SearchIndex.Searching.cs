using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Portal.Domain.Search;

namespace Portal.Infrastructure.Search;

public sealed partial class SearchIndex
{
    public const int MaxTop = 100;

    /// <summary>
    /// How many first hits are reordered by word proximity and grouped by page. Chosen on the development sets
    /// (30 → 60 raised page-level MRR@10 by about 0.02; wider windows let long pages pile up small matches).
    /// </summary>
    private const int RescoreWindow = 60;

    /// <summary>Neighbouring query words a nudge, not a verdict: 0.25 beat 0.5 and 1 on the development sets.</summary>
    private const float ProximityWeight = 0.25f;

    /// <summary>How much each further matching section of a page adds to the page's best section: see <see cref="PagesFirst"/>.</summary>
    private const float OtherSectionsWeight = 0.2f;

    /// <summary>A page's score grows by up to this share when the query has all of its title's words: see <see cref="PagesFirst"/>.</summary>
    private const float TitleWordsWeight = 0.1f;

    /// <summary>A page's score grows by up to this share when its title has all of the query's words.</summary>
    private const float QueryWordsWeight = 0.2f;

    /// <summary>Distinct titles whose analysed words are kept; far more than a doc set has pages.</summary>
    private const int MaxCachedTitles = 50_000;

    private readonly ConcurrentDictionary<string, string[]> _titleWords = new(StringComparer.Ordinal);

    /// <summary>Pages staff put first for a query: see <see cref="PinnedFirst"/>.</summary>
    public SearchPins Pins { get; } = new();

    /// <summary>
    /// Searches for <see cref="SearchRequest.Query"/> as plain words. Never throws for anything a
    /// reader can type: empty input gives no hits, and an internal failure is logged and gives none.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (string.IsNullOrWhiteSpace(request.Query) || request.Top <= 0)
        {
            return [];
        }

        try
        {
            var query = SearchQuery.Parse(_queryAnalyzer, request.Query, _synonyms);
            if (query.IsEmpty)
            {
                return [];
            }

            _swapLock.EnterReadLock();
            try
            {
                var searchers = _current.Searchers;
                var searcher = searchers.Acquire();
                try
                {
                    // A word the index has never seen is most likely a typo: spell it loosely at once. When the
                    // words all exist but nothing matches (filters), loosen every word as a last resort.
                    var unknown = UnknownTerms(searcher, query);
                    var hits = Execute(searcher, query, request, unknown);
                    return hits.Count == 0 && query.FuzzyCandidates.Count > (unknown?.Count ?? 0)
                        ? Execute(searcher, query, request, query.FuzzyCandidates.ToHashSet(StringComparer.Ordinal))
                        : hits;
                }
                finally
                {
                    searchers.Release(searcher);
                }
            }
            finally
            {
                _swapLock.ExitReadLock();
            }
        }
        catch (Exception ex) when (ex is not ObjectDisposedException)
        {
            // A search box must not become an error page; the log and Health tell operators instead.
            if (ex is IOException)
            {
                _health = SearchIndexHealth.Corrupt;
            }

            _logger.LogError(ex, "Search failed for a query of {Length} characters.", request.Query.Length);
            return [];
        }
    }

    private List<SearchHit> Execute(IndexSearcher searcher, SearchQuery query, SearchRequest request, HashSet<string>? fuzzyTerms)
    {
        var top = Math.Min(request.Top, MaxTop);
        var fuzzy = fuzzyTerms is { Count: > 0 };
        var words = query.Build(fuzzyTerms);

        // Expanding near spellings walks the term dictionary: do it once for all passes and the snippets.
        words = fuzzy ? searcher.Rewrite(words) : words;
        var proximity = query.BuildProximity();
        var prefer = string.IsNullOrEmpty(request.Version) ? request.PreferVersion : null;
        var found = new List<ScoreDoc>(top);
        found.AddRange(Find(searcher, query, words, proximity, SearchQuery.BuildFilter(request.Version, request.Kind, prefer, preferred: true), top));
        if (!string.IsNullOrEmpty(prefer) && found.Count < top)
        {
            found.AddRange(Find(searcher, query, words, proximity, SearchQuery.BuildFilter(request.Version, request.Kind, prefer, preferred: false), top - found.Count));
        }

        var pinned = PinnedFirst(searcher, request, found, top);
        if (found.Count == 0)
        {
            return [];
        }

        var highlightTerms = fuzzy ? MatchedTerms(words) : query.HighlightTerms;
        var offsets = SnippetHighlighter.OffsetsFromPostings(searcher.IndexReader, [.. found.Select(f => f.Doc)], SearchFields.Text, highlightTerms);
        var hits = new List<SearchHit>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var scoreDoc = found[i];
            var stored = _storedHits.Get(searcher, scoreDoc.Doc);
            var snippet = stored.SnippetFromText && offsets[i] is { } matches
                ? SnippetHighlighter.Highlight(stored.SnippetSource, matches)
                : SnippetHighlighter.Highlight(_indexAnalyzer, stored.SnippetSource, highlightTerms);
            hits.Add(new SearchHit(
                stored.Kind,
                stored.Title,
                stored.Version,
                stored.Path,
                stored.Anchor,
                scoreDoc.Score,
                snippet,
                stored.Heading,
                i < pinned));
        }

        return hits;
    }

    /// <summary>
    /// Moves the pages staff pinned for this query to the front of <paramref name="found"/>, in the version searched
    /// (or else the reader's), and returns how many lead the list. A pinned page the words found opens at its best
    /// section; one they missed opens at its first.
    /// </summary>
    private int PinnedFirst(IndexSearcher searcher, SearchRequest request, List<ScoreDoc> found, int top)
    {
        var paths = Pins.For(request.Query);
        var version = string.IsNullOrEmpty(request.Version) ? request.PreferVersion : request.Version;
        if (paths.Count == 0 || string.IsNullOrEmpty(version) || request.Kind is { Length: > 0 } and not SearchKinds.Doc)
        {
            return 0;
        }

        var reader = searcher.IndexReader;
        var pinned = 0;
        foreach (var path in paths)
        {
            var key = version + "\n" + path;
            var at = found.FindIndex(f => PageKey(reader, f.Doc) == key);
            var hit = at >= 0 ? found[at] : searcher.Search(Where(version, path), 1).ScoreDocs.FirstOrDefault();
            if (hit is null)
            {
                continue; // Not a page of this version.
            }

            if (at >= 0)
            {
                found.RemoveAt(at);
            }

            found.Insert(pinned++, hit);
        }

        if (found.Count > top)
        {
            found.RemoveRange(top, found.Count - top);
        }

        return pinned;
    }

    /// <summary>
    /// The best <paramref name="top"/> by words among a wider first cut, reordered by proximity, then page first:
    /// see <see cref="PagesFirst"/>.
    /// </summary>
    private ScoreDoc[] Find(IndexSearcher searcher, SearchQuery query, Query words, Query? proximity, Filter? filter, int top)
    {
        var candidates = searcher.Search(words, filter, Math.Max(top, RescoreWindow)).ScoreDocs;
        if (candidates.Length == 0)
        {
            return candidates;
        }

        if (proximity is not null)
        {
            candidates = Rescore(searcher, candidates, proximity);
        }

        return PagesFirst(searcher, query, candidates, top);
    }

    /// <summary>
    /// Ranks pages, not only sections: a page scores its best section plus a fifth of its other matching sections
    /// among the candidates, raised by how well its title and the query match each other; the hits list each
    /// page's best section in that order before any second section.
    /// </summary>
    /// <remarks>
    /// A reader looks for the page that answers; sections are where it opens. Scored alone, a short section that
    /// happens to repeat a word beats the page whose sections are all about the question, and three sections of
    /// one page push the next page down the list. Sibling pages share most words ("International Payments" and
    /// "International Payment Consents"): the one whose title the query covers, and which covers the query, is
    /// more likely the one meant. The weights were chosen on the development sets
    /// (Portal.Tests/Benchmarks/open-banking-dev-queries*.tsv, 223 queries on v3.1.10 and v4.0; see README).
    /// A hit's score stays its section's own, so scores no longer fall strictly down the list.
    /// </remarks>
    private ScoreDoc[] PagesFirst(IndexSearcher searcher, SearchQuery query, ScoreDoc[] ranked, int top)
    {
        var reader = searcher.IndexReader;
        var pages = new Dictionary<string, (float Score, int First)>(StringComparer.Ordinal);
        var keys = new string[ranked.Length];
        for (var i = 0; i < ranked.Length; i++)
        {
            keys[i] = PageKey(reader, ranked[i].Doc);
            pages[keys[i]] = pages.TryGetValue(keys[i], out var page)
                ? (page.Score + (OtherSectionsWeight * ranked[i].Score), page.First)
                : (ranked[i].Score, i);
        }

        foreach (var (key, (score, first)) in pages)
        {
            var title = TitleWords(_storedHits.Title(searcher, ranked[first].Doc));
            var titleCovered = title.Length == 0 ? 0 : title.Count(query.HighlightTerms.Contains) / (float)title.Length;
            var queryCovered = query.OrderedTerms.Count == 0 ? 0 : query.OrderedTerms.Count(title.Contains) / (float)query.OrderedTerms.Count;
            pages[key] = (score * (1 + (TitleWordsWeight * titleCovered) + (QueryWordsWeight * queryCovered)), first);
        }

        var order = Enumerable.Range(0, ranked.Length)
            .OrderBy(i => pages[keys[i]].First == i ? 0 : 1)
            .ThenByDescending(i => pages[keys[i]].First == i ? pages[keys[i]].Score : ranked[i].Score)
            .ThenBy(i => i)
            .Take(top);
        return [.. order.Select(i => ranked[i])];
    }

    /// <summary>The distinct words of a title as the query analyzer makes them (stemmed, stop words out), cached.</summary>
    private string[] TitleWords(string title)
    {
        if (_titleWords.TryGetValue(title, out var words))
        {
            return words;
        }

        var found = new List<string>();
        using (var stream = _queryAnalyzer.GetTokenStream(SearchFields.Title, title))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var value = term.ToString();
                if (!found.Contains(value))
                {
                    found.Add(value);
                }
            }

            stream.End();
        }

        if (_titleWords.Count >= MaxCachedTitles)
        {
            _titleWords.Clear();
        }

        return _titleWords[title] = [.. found];
    }

    /// <summary>Sections of one doc page share a key; anything else (a FAQ entry) is its own page.</summary>
    private static string PageKey(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var local = doc - leaf.DocBase;
        var value = new Lucene.Net.Util.BytesRef();

        // Uninverted once per segment and cached with it: no stored-field reads (which would decompress the text) per candidate.
        FieldCache.DEFAULT.GetTerms(leaf.AtomicReader, SearchFields.Kind, false).Get(local, value);
        if (value.Utf8ToString() != SearchKinds.Doc)
        {
            return "#" + doc.ToString(CultureInfo.InvariantCulture);
        }

        FieldCache.DEFAULT.GetTerms(leaf.AtomicReader, SearchFields.Version, false).Get(local, value);
        var version = value.Utf8ToString();
        FieldCache.DEFAULT.GetTerms(leaf.AtomicReader, SearchFields.Path, false).Get(local, value);
        return version + "\n" + value.Utf8ToString();
    }

    /// <summary>
    /// Adds the proximity score to each candidate's score and re-sorts. Lucene.Net's QueryRescorer
    /// (a port of 4.8.0) throws when the query matches nothing in a segment, hence this version.
    /// </summary>
    private static ScoreDoc[] Rescore(IndexSearcher searcher, ScoreDoc[] candidates, Query proximity)
    {
        var byDoc = (ScoreDoc[])candidates.Clone();
        Array.Sort(byDoc, static (a, b) => a.Doc.CompareTo(b.Doc));
        var weight = searcher.CreateNormalizedWeight(proximity);
        var leaves = searcher.IndexReader.Leaves;
        var leafIndex = -1;
        var leafEnd = 0;
        var docBase = 0;
        Scorer? scorer = null;
        foreach (var candidate in byDoc)
        {
            if (candidate.Doc >= leafEnd)
            {
                do
                {
                    leafIndex++;
                    docBase = leaves[leafIndex].DocBase;
                    leafEnd = docBase + leaves[leafIndex].AtomicReader.MaxDoc;
                }
                while (candidate.Doc >= leafEnd);

                scorer = weight.GetScorer(leaves[leafIndex], leaves[leafIndex].AtomicReader.LiveDocs);
            }

            if (scorer is null)
            {
                continue;
            }

            var target = candidate.Doc - docBase;
            var current = scorer.DocID;
            if (current < target)
            {
                current = scorer.Advance(target);
            }

            if (current == target)
            {
                candidate.Score += ProximityWeight * scorer.GetScore();
            }
        }

        Array.Sort(byDoc, static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return byDoc;
    }

    /// <summary>Fuzzy candidates that occur in no searchable field; null when there are none.</summary>
    private static HashSet<string>? UnknownTerms(IndexSearcher searcher, SearchQuery query)
    {
        HashSet<string>? unknown = null;
        var reader = searcher.IndexReader;
        foreach (var term in query.FuzzyCandidates)
        {
            if (reader.DocFreq(new Term(SearchFields.Text, term)) == 0
                && reader.DocFreq(new Term(SearchFields.Heading, term)) == 0
                && reader.DocFreq(new Term(SearchFields.Title, term)) == 0)
            {
                (unknown ??= new HashSet<string>(StringComparer.Ordinal)).Add(term);
            }
        }

        return unknown;
    }

    /// <summary>The index terms a fuzzy query expanded to, so the snippet marks what actually matched.</summary>
    private static HashSet<string> MatchedTerms(Query rewritten)
    {
        var terms = new HashSet<Term>();
        rewritten.ExtractTerms(terms);
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (term.Field is SearchFields.Text or SearchFields.Title or SearchFields.Heading)
            {
                texts.Add(term.Text);
            }
        }

        return texts;
    }
}
