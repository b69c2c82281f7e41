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
public sealed partial class SearchIndex : IDisposable
{
    private const string PointerFile = "current";
    private const string GenerationPrefix = "gen-";
    private const int ProgressEvery = 500;
    private const double RamBufferMb = 48;

    /// <summary>Section text with its offsets in the postings, so snippets need not analyse the text again.</summary>
    private static readonly FieldType TextWithOffsets = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    private readonly string _root;
    private readonly ILogger<SearchIndex> _logger;
    private readonly PortalAnalyzer _indexAnalyzer = PortalAnalyzer.ForIndexing();
    private readonly PortalAnalyzer _queryAnalyzer = PortalAnalyzer.ForQueries();
    private readonly DomainSynonyms _synonyms;
    private readonly PortalSimilarity _similarity = new();
    private readonly SearcherFactory _searcherFactory;
    private readonly StoredHitCache _storedHits = new();

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
        _synonyms = new DomainSynonyms(_queryAnalyzer);
        System.IO.Directory.CreateDirectory(_root);
        (_current, _health) = Open();
    }

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
                    _writeGate.Release();
                }
            }
            finally
            {
                if (fresh is not null)
                {
                    fresh.Dispose();
                    TryDeleteGeneration(fresh.Name);
                }

                await SetChangesDuringRebuildAsync(null);
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

    /// <summary>Replaces every document of one kind (the FAQ entries) in a single commit.</summary>
    public Task ReplaceKindAsync(string kind, IEnumerable<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var batch = documents.ToList();
        foreach (var document in batch)
        {
            Validate(document);
        }

        return ApplyAsync(
            writer =>
            {
                writer.DeleteDocuments(new TermQuery(new Term(SearchFields.Kind, kind)));
                foreach (var document in batch)
                {
                    writer.UpdateDocument(new Term(SearchFields.Id, document.Id), ToLucene(document));
                }
            },
            cancellationToken);
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

        try
        {
            old.Dispose();
        }
        catch (Exception ex)
        {
            // The new index is live already; a failure to close the old one must not undo that.
            _logger.LogWarning(ex, "Could not close the previous search index {Generation}.", old.Name);
        }

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
            new TextField(SearchFields.Defines, source.Defines ?? string.Empty, Field.Store.NO),
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
