using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Portal.Domain.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Portal.Infrastructure.Search;

/// <summary>
/// The Lucene index of doc sections and FAQ entries in one data directory. Thread-safe; one per
/// process and directory. Derived data: when <see cref="Health"/> is not healthy, rebuild it from
/// the database with <see cref="RebuildAsync"/>.
/// </summary>
/// <remarks>
/// Layout: <c>{root}/current</c> names the live generation folder <c>{root}/gen-…</c>. A rebuild
/// writes a new generation and then replaces the pointer with an atomic rename, so neither a
/// search nor a crash ever sees a half-built index. Folders are opened with NIOFSDirectory: the
/// MMapDirectory that FSDirectory.Open picks on Linux is far slower under concurrent searches
/// (apache/lucenenet#1151). The index writer is opened on the first write, so a process that only
/// searches never takes Lucene's write lock.
/// </remarks>
public sealed class SearchIndex : IDisposable
{
    public const int MaxTop = 100;

    private const string PointerFile = "current";
    private const string GenerationPrefix = "gen-";
    private const int ProgressEvery = 500;
    private const double RamBufferMb = 48;

    /// <summary>How many first hits are reordered by word proximity.</summary>
    private const int RescoreWindow = 30;

    private const float ProximityWeight = 1f;

    /// <summary>How much each further matching section of a page adds to the page's best section: see <see cref="PagesFirst"/>.</summary>
    private const float OtherSectionsWeight = 0.5f;

    private static readonly HashSet<string> HitFields =
    [
        SearchFields.Kind, SearchFields.Title, SearchFields.Version, SearchFields.Path,
        SearchFields.Anchor, SearchFields.Heading, SearchFields.Text,
    ];

    /// <summary>Section text with its offsets in the postings, so snippets need not analyse the text again.</summary>
    private static readonly FieldType TextWithOffsets = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    private readonly string _root;
    private readonly ILogger<SearchIndex> _logger;
    private readonly PortalAnalyzer _indexAnalyzer = PortalAnalyzer.ForIndexing();
    private readonly PortalAnalyzer _queryAnalyzer = PortalAnalyzer.ForQueries();
    private readonly PortalSimilarity _similarity = new();
    private readonly SearcherFactory _searcherFactory;

    // Searches hold the read side while they use a generation; swapping generations takes the write side.
    private readonly ReaderWriterLockSlim _swapLock = new();

    // Serialises writes and the swap at the end of a rebuild.
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SemaphoreSlim _rebuildGate = new(1, 1);

    private Generation _current;
    private List<Action<IndexWriter>>? _changesDuringRebuild;
    private volatile SearchIndexHealth _health;
    private volatile bool _disposed;

    /// <summary>Opens the index under <paramref name="rootDirectory"/>, creating the folder if needed; never fails on a bad index.</summary>
    public SearchIndex(string rootDirectory, ILogger<SearchIndex> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDirectory);
        _root = Path.GetFullPath(rootDirectory);
        _logger = logger;
        _searcherFactory = new PortalSearcherFactory(_similarity);
        System.IO.Directory.CreateDirectory(_root);
        (_current, _health) = Open();
    }

    public string RootDirectory => _root;

    public SearchIndexHealth Health => _health;

    public bool IsHealthy => _health == SearchIndexHealth.Healthy;

    /// <summary>Documents currently searchable.</summary>
    public int Count
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _swapLock.EnterReadLock();
            try
            {
                var searchers = _current.Searchers;
                var searcher = searchers.Acquire();
                try
                {
                    return searcher.IndexReader.NumDocs;
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
    }

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
                    var hits = Execute(searcher, query, request, fuzzy: false);
                    return hits.Count == 0 && query.CanBeFuzzy ? Execute(searcher, query, request, fuzzy: true) : hits;
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

    /// <summary>
    /// Builds a new index from <paramref name="documents"/> in a fresh folder and swaps it in; searches
    /// go on against the old one meanwhile. Writes made during the rebuild are replayed onto the new
    /// index before the swap. <paramref name="progress"/> receives the number of documents indexed so far.
    /// </summary>
    public async Task RebuildAsync(IEnumerable<SearchDocument> documents, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _rebuildGate.WaitAsync(cancellationToken);
        try
        {
            await SetChangesDuringRebuildAsync([]);
            Generation? fresh = null;
            try
            {
                fresh = await Task.Run(() => Build(documents, progress, cancellationToken), cancellationToken);
                await _writeGate.WaitAsync(CancellationToken.None);
                try
                {
                    Swap(fresh);
                    fresh = null;
                }
                finally
                {
                    _changesDuringRebuild = null;
                    _writeGate.Release();
                }
            }
            finally
            {
                if (fresh is not null)
                {
                    fresh.Dispose();
                    TryDeleteGeneration(fresh.Name);
                    await SetChangesDuringRebuildAsync(null);
                }
            }
        }
        finally
        {
            _rebuildGate.Release();
        }
    }

    /// <summary>Adds or replaces documents by <see cref="SearchDocument.Id"/>; searchable when the task completes.</summary>
    public Task UpsertAsync(IEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var batch = documents.ToList();
        foreach (var document in batch)
        {
            Validate(document);
        }

        return ApplyAsync(
            writer =>
            {
                foreach (var document in batch)
                {
                    writer.UpdateDocument(new Term(SearchFields.Id, document.Id), ToLucene(document));
                }
            },
            cancellationToken);
    }

    public Task DeleteAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var terms = ids.Select(id => new Term(SearchFields.Id, id)).ToArray();
        return ApplyAsync(writer => writer.DeleteDocuments(terms), cancellationToken);
    }

    /// <summary>Deletes every section of one page (<paramref name="path"/>), or of a whole version when it is null.</summary>
    public Task DeleteWhereAsync(string version, string? path = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        var where = Where(version, path);
        return ApplyAsync(writer => writer.DeleteDocuments(where), cancellationToken);
    }

    /// <summary>
    /// Replaces all sections of one page in a single commit, so a re-imported page whose headings
    /// changed leaves no stale anchors behind and is never seen half-replaced.
    /// </summary>
    public Task ReplacePageAsync(string version, string path, IEnumerable<SearchDocument> sections, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(sections);
        var batch = sections.ToList();
        foreach (var section in batch)
        {
            Validate(section);
        }

        var where = Where(version, path);
        return ApplyAsync(
            writer =>
            {
                writer.DeleteDocuments(where);
                foreach (var section in batch)
                {
                    writer.UpdateDocument(new Term(SearchFields.Id, section.Id), ToLucene(section));
                }
            },
            cancellationToken);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _swapLock.EnterWriteLock();
        try
        {
            _current.Dispose();
        }
        finally
        {
            _swapLock.ExitWriteLock();
        }

        _indexAnalyzer.Dispose();
        _queryAnalyzer.Dispose();
        _swapLock.Dispose();
        _writeGate.Dispose();
        _rebuildGate.Dispose();
    }

    private List<SearchHit> Execute(IndexSearcher searcher, SearchQuery query, SearchRequest request, bool fuzzy)
    {
        var top = Math.Min(request.Top, MaxTop);
        // Fuzzy terms are expanded once: the expansion (Levenshtein automata over the term dictionary) is most of a fuzzy
        // search's time, and the snippets need the expanded terms too.
        var words = fuzzy ? searcher.Rewrite(query.Build(fuzzy: true)) : query.Build(fuzzy: false);
        var proximity = fuzzy ? null : query.BuildProximity();
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
        var offsets = SnippetHighlighter.OffsetsFromPostings(searcher.IndexReader, [.. found.Select(f => f.Doc)], SearchFields.Text, highlightTerms);
        var hits = new List<SearchHit>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var scoreDoc = found[i];
            var document = searcher.Doc(scoreDoc.Doc, HitFields);
            var text = Stored(document, SearchFields.Text);
            string snippet;
            if (text.Length > 0 && offsets[i] is { } matches)
            {
                snippet = SnippetHighlighter.Highlight(text, matches);
            }
            else
            {
                if (text.Length == 0)
                {
                    text = Stored(document, SearchFields.Heading);
                }

                if (text.Length == 0)
                {
                    text = Stored(document, SearchFields.Title);
                }

                snippet = SnippetHighlighter.Highlight(_indexAnalyzer, text, highlightTerms);
            }

            hits.Add(new SearchHit(
                Stored(document, SearchFields.Kind),
                Stored(document, SearchFields.Title),
                Stored(document, SearchFields.Version),
                Stored(document, SearchFields.Path),
                Stored(document, SearchFields.Anchor),
                scoreDoc.Score,
                snippet,
                Stored(document, SearchFields.Heading)));
        }

        return hits;
    }

    /// <summary>
    /// The best <paramref name="top"/> by words among a wider first cut, reordered by proximity, then page first:
    /// see <see cref="PagesFirst"/>.
    /// </summary>
    private static ScoreDoc[] Find(IndexSearcher searcher, Query words, Query? proximity, Filter? filter, int top)
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

        return PagesFirst(searcher.IndexReader, candidates, top);
    }

    /// <summary>
    /// Ranks pages, not only sections: a page scores its best section plus half of its other matching sections
    /// among the candidates, and the hits list each page's best section in that order before any second section.
    /// </summary>
    /// <remarks>
    /// A reader looks for the page that answers; sections are where it opens. Scored alone, a short section that
    /// happens to repeat a word beats the page whose sections are all about the question, and three sections of
    /// one page push the next page down the list. Chosen on the development relevance set
    /// (Portal.Tests/Benchmarks/open-banking-dev-queries.tsv, v3.1.10): page-level MRR@10 0.74 to 0.84.
    /// A hit's score stays its section's own, so scores no longer fall strictly down the list.
    /// </remarks>
    private static ScoreDoc[] PagesFirst(IndexReader reader, ScoreDoc[] ranked, int top)
    {
        var pages = new Dictionary<string, (float Score, int First)>(StringComparer.Ordinal);
        var keys = new string[ranked.Length];
        for (var i = 0; i < ranked.Length; i++)
        {
            keys[i] = PageKey(reader, ranked[i].Doc);
            pages[keys[i]] = pages.TryGetValue(keys[i], out var page)
                ? (page.Score + (OtherSectionsWeight * ranked[i].Score), page.First)
                : (ranked[i].Score, i);
        }

        var order = Enumerable.Range(0, ranked.Length)
            .OrderBy(i => pages[keys[i]].First == i ? 0 : 1)
            .ThenByDescending(i => pages[keys[i]].First == i ? pages[keys[i]].Score : ranked[i].Score)
            .ThenBy(i => i)
            .Take(top);
        return [.. order.Select(i => ranked[i])];
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

    /// <summary>The index terms a rewritten fuzzy query expanded to, so the snippet marks what actually matched.</summary>
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

    private async Task ApplyAsync(Action<IndexWriter> change, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var generation = _current;
            var writer = generation.Writer ??= new IndexWriter(generation.Directory, WriterConfig(OpenMode.CREATE_OR_APPEND));
            try
            {
                change(writer);
                writer.Commit();
            }
            catch
            {
                // Drop whatever part of the change was buffered; the next write reopens the writer.
                generation.Writer = null;
                writer.Rollback();
                throw;
            }

            generation.Searchers.MaybeRefreshBlocking();
            _changesDuringRebuild?.Add(change);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task SetChangesDuringRebuildAsync(List<Action<IndexWriter>>? changes)
    {
        await _writeGate.WaitAsync(CancellationToken.None);
        _changesDuringRebuild = changes;
        _writeGate.Release();
    }

    private Generation Build(IEnumerable<SearchDocument> documents, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var name = GenerationPrefix + Guid.NewGuid().ToString("N");
        var directory = new NIOFSDirectory(Path.Combine(_root, name));
        IndexWriter? writer = null;
        try
        {
            writer = new IndexWriter(directory, WriterConfig(OpenMode.CREATE));
            var count = 0;
            foreach (var document in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Validate(document);

                // Update, not add: a duplicate id in the input must not become two hits.
                writer.UpdateDocument(new Term(SearchFields.Id, document.Id), ToLucene(document));
                if (++count % ProgressEvery == 0)
                {
                    progress?.Report(count);
                }
            }

            writer.Commit();
            progress?.Report(count);
            return new Generation(name, directory, new SearcherManager(directory, _searcherFactory)) { Writer = writer };
        }
        catch
        {
            writer?.Rollback();
            directory.Dispose();
            TryDeleteGeneration(name);
            throw;
        }
    }

    /// <summary>Runs under the write gate: replays writes made during the rebuild, points at the new generation, retires the old one.</summary>
    private void Swap(Generation fresh)
    {
        if (_changesDuringRebuild is { Count: > 0 } changes)
        {
            foreach (var change in changes)
            {
                change(fresh.Writer!);
            }

            fresh.Writer!.Commit();
            fresh.Searchers.MaybeRefreshBlocking();
        }

        WritePointer(fresh.Name!);
        Generation old;
        _swapLock.EnterWriteLock();
        try
        {
            old = _current;
            _current = fresh;
            _health = SearchIndexHealth.Healthy;
        }
        finally
        {
            _swapLock.ExitWriteLock();
        }

        old.Dispose();
        foreach (var folder in System.IO.Directory.EnumerateDirectories(_root, GenerationPrefix + "*"))
        {
            var folderName = Path.GetFileName(folder);
            if (folderName != fresh.Name)
            {
                TryDeleteGeneration(folderName);
            }
        }

        _logger.LogInformation("Search index rebuilt in {Generation}.", fresh.Name);
    }

    private (Generation Generation, SearchIndexHealth Health) Open()
    {
        var pointer = Path.Combine(_root, PointerFile);
        if (!File.Exists(pointer))
        {
            _logger.LogWarning("No search index in {Root}; it needs a rebuild.", _root);
            return (InMemory(), SearchIndexHealth.Missing);
        }

        LuceneDirectory? directory = null;
        try
        {
            var name = File.ReadAllText(pointer).Trim();
            if (!name.StartsWith(GenerationPrefix, StringComparison.Ordinal) || name.IndexOfAny(['/', '\\', '.']) >= 0)
            {
                throw new InvalidDataException($"The index pointer names '{name}', which is not an index generation.");
            }

            var path = Path.Combine(_root, name);
            if (!System.IO.Directory.Exists(path))
            {
                _logger.LogWarning("The search index {Generation} named by {Pointer} is gone; it needs a rebuild.", name, pointer);
                return (InMemory(), SearchIndexHealth.Missing);
            }

            directory = new NIOFSDirectory(path);
            using (var reader = DirectoryReader.Open(directory))
            {
                // Checksums of every file: a torn write or a bad disk shows now rather than as odd results later.
                foreach (var leaf in reader.Leaves)
                {
                    leaf.AtomicReader.CheckIntegrity();
                }
            }

            return (new Generation(name, directory, new SearcherManager(directory, _searcherFactory)), SearchIndexHealth.Healthy);
        }
        catch (Exception ex)
        {
            // Whatever the cause (bad bytes can surface as almost any exception), the index is unusable and is rebuilt.
            directory?.Dispose();
            _logger.LogError(ex, "The search index in {Root} is corrupt; it needs a rebuild.", _root);
            return (InMemory(), SearchIndexHealth.Corrupt);
        }
    }

    /// <summary>An empty stand-in until the first rebuild, so searches and writes work meanwhile.</summary>
    private Generation InMemory()
    {
        var directory = new RAMDirectory();
        var writer = new IndexWriter(directory, WriterConfig(OpenMode.CREATE));
        writer.Commit();
        return new Generation(null, directory, new SearcherManager(directory, _searcherFactory)) { Writer = writer };
    }

    private void WritePointer(string name)
    {
        var pointer = Path.Combine(_root, PointerFile);
        var temporary = pointer + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(name);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, pointer, overwrite: true);
    }

    private void TryDeleteGeneration(string? name)
    {
        if (name is null)
        {
            return;
        }

        try
        {
            System.IO.Directory.Delete(Path.Combine(_root, name), recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Harmless: an unused generation folder; the next rebuild tries again.
            _logger.LogWarning(ex, "Could not delete the old search index folder {Generation}.", name);
        }
    }

    private IndexWriterConfig WriterConfig(OpenMode mode) => new(PortalAnalyzer.Version, _indexAnalyzer)
    {
        OpenMode = mode,
        Similarity = _similarity,
        RAMBufferSizeMB = RamBufferMb,
    };

    private static BooleanQuery Where(string version, string? path)
    {
        var where = new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.Version, version)), Occur.MUST },
            { new TermQuery(new Term(SearchFields.Kind, SearchKinds.Doc)), Occur.MUST },
        };
        if (path is not null)
        {
            where.Add(new TermQuery(new Term(SearchFields.Path, path)), Occur.MUST);
        }

        return where;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static string Stored(Document document, string field) => document.Get(field, CultureInfo.InvariantCulture) ?? string.Empty;

    private static void Validate(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrEmpty(document.Id))
        {
            throw new ArgumentException("A search document needs an id.", nameof(document));
        }
    }

    private static Document ToLucene(SearchDocument source)
    {
        return
        [
            new StringField(SearchFields.Id, source.Id, Field.Store.YES),
            new StringField(SearchFields.Kind, source.Kind ?? string.Empty, Field.Store.YES),
            new StringField(SearchFields.Version, source.Version ?? string.Empty, Field.Store.YES),
            new StringField(SearchFields.Path, source.Path ?? string.Empty, Field.Store.YES),
            new StoredField(SearchFields.Anchor, source.Anchor ?? string.Empty),
            new StringField(SearchFields.Language, source.Language ?? string.Empty, Field.Store.YES),
            new TextField(SearchFields.Title, source.Title ?? string.Empty, Field.Store.YES),
            new TextField(SearchFields.Heading, source.Heading ?? string.Empty, Field.Store.YES),
            new Field(SearchFields.Text, source.Text ?? string.Empty, TextWithOffsets),
            new TextField(SearchFields.Identifiers, source.Title ?? string.Empty, Field.Store.NO),
            new TextField(SearchFields.Identifiers, source.Heading ?? string.Empty, Field.Store.NO),
            new TextField(SearchFields.Identifiers, source.Text ?? string.Empty, Field.Store.NO),
        ];
    }

    private sealed class Generation(string? name, LuceneDirectory directory, SearcherManager searchers) : IDisposable
    {
        /// <summary>The folder name; null for the in-memory stand-in.</summary>
        public string? Name { get; } = name;

        public LuceneDirectory Directory { get; } = directory;

        public SearcherManager Searchers { get; } = searchers;

        public IndexWriter? Writer { get; set; }

        public void Dispose()
        {
            Writer?.Dispose();
            Searchers.Dispose();
            Directory.Dispose();
        }
    }

    private sealed class PortalSearcherFactory(PortalSimilarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}
