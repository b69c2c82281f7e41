using Portal.Domain.Search;
using Portal.Infrastructure.Search;
using static Portal.Tests.Search.TemporaryIndex;

namespace Portal.Tests.Search;

public sealed class SearchIndexLifecycleTests : IDisposable
{
    private readonly TemporaryIndex _temporary = new();

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public async Task Search_AfterWritesAndRebuilds_LogsNoErrors()
    {
        await _temporary.Index.RebuildAsync(Sections(20));
        await _temporary.Index.UpsertAsync(Sections(3));
        _temporary.Index.Search(new SearchRequest("section payment step"));

        Assert.Empty(_temporary.Errors);
    }

    [Fact]
    public void Open_NoIndexOnDisk_ReportsMissingAndSearchesEmpty()
    {
        Assert.Equal(SearchIndexHealth.Missing, _temporary.Index.Health);
        Assert.False(_temporary.Index.IsHealthy);
        Assert.Empty(_temporary.Index.Search(new SearchRequest("payment")));
        Assert.Equal(0, _temporary.Index.Count);
    }

    [Fact]
    public async Task RebuildAsync_ThenReopen_IsHealthyWithTheSameDocuments()
    {
        var progress = new List<int>();
        await _temporary.Index.RebuildAsync(Sections(1200), new SynchronousProgress(progress.Add));

        var reopened = _temporary.Open();

        Assert.True(_temporary.Index.IsHealthy);
        Assert.Equal(1200, _temporary.Index.Count);
        Assert.Equal(SearchIndexHealth.Healthy, reopened.Health);
        Assert.Equal(1200, reopened.Count);
        Assert.NotEmpty(reopened.Search(new SearchRequest("section 7")));
        Assert.Equal(1200, progress[^1]);
    }

    [Fact]
    public async Task Open_CorruptFiles_ReportsCorruptAndRebuildRecovers()
    {
        await _temporary.Index.RebuildAsync(Sections(50));
        _temporary.Index.Dispose();
        var generation = Directory.GetDirectories(_temporary.Root).Single();
        foreach (var file in Directory.GetFiles(generation).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(file);
            for (var i = bytes.Length / 2; i < bytes.Length; i++)
            {
                bytes[i] ^= 0x5A;
            }

            File.WriteAllBytes(file, bytes);
        }

        var reopened = _temporary.Open();

        Assert.Equal(SearchIndexHealth.Corrupt, reopened.Health);
        Assert.Empty(reopened.Search(new SearchRequest("section")));
        await reopened.RebuildAsync(Sections(10));
        Assert.True(reopened.IsHealthy);
        Assert.Equal(10, reopened.Count);
    }

    [Fact]
    public async Task Open_PointerToDeletedGeneration_ReportsMissing()
    {
        await _temporary.Index.RebuildAsync(Sections(5));
        _temporary.Index.Dispose();
        Directory.Delete(Directory.GetDirectories(_temporary.Root).Single(), recursive: true);

        Assert.Equal(SearchIndexHealth.Missing, _temporary.Open().Health);
    }

    [Fact]
    public async Task Open_GarbagePointer_ReportsCorrupt()
    {
        await _temporary.Index.RebuildAsync(Sections(5));
        _temporary.Index.Dispose();
        await File.WriteAllTextAsync(Path.Combine(_temporary.Root, "current"), "../../etc");

        Assert.Equal(SearchIndexHealth.Corrupt, _temporary.Open().Health);
    }

    [Fact]
    public async Task RebuildAsync_WhileSearchingFromOtherThreads_NeverThrowsAndAlwaysFindsResults()
    {
        var index = _temporary.Index;
        await index.RebuildAsync(Sections(300));
        using var stop = new CancellationTokenSource();
        var emptyResults = 0;
        var searches = 0;
        var searchers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (index.Search(new SearchRequest("section payment")).Count == 0)
                {
                    Interlocked.Increment(ref emptyResults);
                }

                Interlocked.Increment(ref searches);
            }
        })).ToArray();

        for (var i = 0; i < 5; i++)
        {
            await index.RebuildAsync(Sections(300 + i));
        }

        await stop.CancelAsync();
        await Task.WhenAll(searchers);

        Assert.True(searches > 0);
        Assert.Equal(0, emptyResults);
        Assert.Equal(304, index.Count);
        Assert.Single(Directory.GetDirectories(_temporary.Root));
    }

    [Fact]
    public async Task UpsertAsync_SameId_ReplacesTheDocument()
    {
        var index = _temporary.Index;
        await index.RebuildAsync(Sections(3));

        await index.UpsertAsync([Doc("v1", "page-1", "Section 1", "Now about reconciliation files.")]);

        Assert.Equal(3, index.Count);
        Assert.Equal("page-1", index.Search(new SearchRequest("reconciliation"))[0].Path);
    }

    [Fact]
    public async Task DeleteAsync_ById_RemovesTheDocument()
    {
        var index = _temporary.Index;
        await index.RebuildAsync(Sections(3));

        await index.DeleteAsync([Sections(3).First().Id]);

        Assert.Equal(2, index.Count);
        Assert.DoesNotContain(index.Search(new SearchRequest("section")), h => h.Path == "page-0");
    }

    [Fact]
    public async Task DeleteWhereAsync_PageOrVersion_RemovesOnlyThoseDocSections()
    {
        var index = _temporary.Index;
        await index.RebuildAsync(
        [
            Doc("v1", "a", "One", "alpha"),
            Doc("v1", "a", "Two", "alpha"),
            Doc("v1", "b", "One", "alpha"),
            Doc("v2", "a", "One", "alpha"),
            Doc("v1", "a", "Faq", "alpha", kind: SearchKinds.Faq),
        ]);

        await index.DeleteWhereAsync("v1", "a");
        Assert.Equal(3, index.Count);

        await index.DeleteWhereAsync("v1");
        Assert.Equal(["v1 faq", "v2 doc"], index.Search(new SearchRequest("alpha")).Select(h => $"{h.Version} {h.Kind}").Order());
    }

    [Fact]
    public async Task ReplacePageAsync_ChangedHeadings_LeavesNoStaleSections()
    {
        var index = _temporary.Index;
        await index.RebuildAsync([Doc("v1", "a", "Old heading", "alpha"), Doc("v1", "a", "Other", "alpha"), Doc("v1", "b", "Kept", "alpha")]);

        await index.ReplacePageAsync("v1", "a", [Doc("v1", "a", "New heading", "alpha")]);

        Assert.Equal(["kept", "new-heading"], index.Search(new SearchRequest("alpha")).Select(h => h.Anchor).Order());
    }

    [Fact]
    public async Task RebuildAsync_WritesDuringTheRebuild_AreKept()
    {
        var index = _temporary.Index;
        var release = new ManualResetEventSlim();
        var started = new ManualResetEventSlim();

        IEnumerable<SearchDocument> SlowSections()
        {
            foreach (var section in Sections(10))
            {
                yield return section;
            }

            started.Set();
            release.Wait(TimeSpan.FromSeconds(30));
        }

        var rebuild = index.RebuildAsync(SlowSections());
        Assert.True(started.Wait(TimeSpan.FromSeconds(30)));
        await index.UpsertAsync([Doc("v9", "late", "Late", "written while rebuilding")]);
        await index.DeleteAsync([Sections(10).First().Id]);
        release.Set();
        await rebuild;

        Assert.Equal(10, index.Count);
        Assert.Equal("late", index.Search(new SearchRequest("rebuilding"))[0].Path);
        Assert.DoesNotContain(index.Search(new SearchRequest("section", Top: 20)), h => h.Path == "page-0");
    }

    [Fact]
    public async Task RebuildAsync_Cancelled_KeepsTheOldIndex()
    {
        var index = _temporary.Index;
        await index.RebuildAsync(Sections(5));
        using var cancel = new CancellationTokenSource();

        IEnumerable<SearchDocument> CancelHalfway()
        {
            yield return Sections(1).Single();
            cancel.Cancel();
            yield return Sections(2).Last();
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => index.RebuildAsync(CancelHalfway(), cancellationToken: cancel.Token));

        Assert.Equal(5, index.Count);
        Assert.True(index.IsHealthy);
        Assert.Single(Directory.GetDirectories(_temporary.Root));
    }

    private static IEnumerable<SearchDocument> Sections(int count) =>
        Enumerable.Range(0, count).Select(i => Doc("v1", $"page-{i}", $"Section {i}", $"Section {i} explains payment step {i % 7}."));

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the test needs the reports in order and complete.</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
