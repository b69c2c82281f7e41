using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Portal.Domain.Search;

namespace Portal.Infrastructure.Search;

public sealed partial class SearchIndex
{
    public const int MaxTop = 100;

    /// <summary>How many first hits are reordered by word proximity.</summary>
    private const int RescoreWindow = 30;

    private const float ProximityWeight = 1f;

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
            var query = SearchQuery.Parse(_queryAnalyzer, request.Query);
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
        found.AddRange(Find(searcher, words, proximity, SearchQuery.BuildFilter(request.Version, request.Kind, prefer, preferred: true), top));
        if (!string.IsNullOrEmpty(prefer) && found.Count < top)
        {
            found.AddRange(Find(searcher, words, proximity, SearchQuery.BuildFilter(request.Version, request.Kind, prefer, preferred: false), top - found.Count));
        }

        if (found.Count == 0)
        {
            return [];
        }

        var highlightTerms = fuzzy ? MatchedTerms(words) : query.Terms;
        var hits = new List<SearchHit>(found.Count);
        foreach (var scoreDoc in found)
        {
            var stored = _storedHits.Get(searcher, scoreDoc.Doc);
            hits.Add(new SearchHit(
                stored.Kind,
                stored.Title,
                stored.Version,
                stored.Path,
                stored.Anchor,
                scoreDoc.Score,
                SnippetHighlighter.Highlight(_indexAnalyzer, stored.SnippetSource, highlightTerms),
                stored.Heading));
        }

        return hits;
    }

    /// <summary>The best <paramref name="top"/> by words, reordered by proximity among a wider first cut.</summary>
    private static ScoreDoc[] Find(IndexSearcher searcher, Query words, Query? proximity, Filter? filter, int top)
    {
        if (proximity is null)
        {
            return searcher.Search(words, filter, top).ScoreDocs;
        }

        var candidates = searcher.Search(words, filter, Math.Max(top, RescoreWindow)).ScoreDocs;
        return candidates.Length == 0 ? candidates : Rescore(searcher, candidates, proximity, top);
    }

    /// <summary>
    /// Adds the proximity score to each candidate's score and re-sorts. Lucene.Net's QueryRescorer
    /// (a port of 4.8.0) throws when the query matches nothing in a segment, hence this version.
    /// </summary>
    private static ScoreDoc[] Rescore(IndexSearcher searcher, ScoreDoc[] candidates, Query proximity, int top)
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
        return byDoc.Length <= top ? byDoc : byDoc[..top];
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
