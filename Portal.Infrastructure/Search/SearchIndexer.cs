using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Domain.Search;
using Portal.Infrastructure.Markdown;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Search;

/// <summary>
/// Feeds the search index from the database, which is the source of truth: every current revision
/// of every page, split into its heading-level sections, and every FAQ entry. Progress is observable for the UI.
/// </summary>
public sealed class SearchIndexer(PortalDbContextFactory contexts, RenderedDocCache renderedDocs, SearchIndex index, SearchIndexProgress progress, ILogger<SearchIndexer> logger)
{
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        var pages = await LoadPagesAsync(version: null, cancellationToken);
        progress.Start(pages.Count);
        try
        {
            var sections = new Counter();
            var faq = await LoadFaqAsync(cancellationToken);
            await index.RebuildAsync(Sections(pages, sections).Concat(faq), cancellationToken: cancellationToken);
            logger.LogInformation("Search index rebuilt: {Pages} pages, {Sections} sections, {Faq} FAQ entries.", pages.Count, sections.Value, faq.Count);
            return sections.Value;
        }
        finally
        {
            progress.Finish();
        }
    }

    /// <summary>After an import of one version: its sections replace the ones the index had, the other versions stay.</summary>
    public async Task<int> ReindexVersionAsync(string version, CancellationToken cancellationToken = default)
    {
        var pages = await LoadPagesAsync(version, cancellationToken);
        var sections = new Counter();
        var documents = Sections(pages, sections).ToList();
        await index.DeleteWhereAsync(version, cancellationToken: cancellationToken);
        await index.UpsertAsync(documents, cancellationToken);
        return sections.Value;
    }

    /// <summary>After the FAQ changed (an import, an edit, a promoted answer): its entries replace the ones the index had.</summary>
    public async Task<int> ReindexFaqAsync(CancellationToken cancellationToken = default)
    {
        var faq = await LoadFaqAsync(cancellationToken);
        await index.ReplaceKindAsync(SearchKinds.Faq, faq, cancellationToken);
        return faq.Count;
    }

    private sealed record PageText(string Version, string SourceFile, Guid RevisionId, string Markdown);

    private sealed class Counter
    {
        public int Value { get; set; }
    }

    private async Task<List<PageText>> LoadPagesAsync(string? version, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateSystemDbContext();
        return await (from p in db.DocPages.AsNoTracking()
                      join v in db.DocVersions.AsNoTracking() on p.VersionId equals v.Id
                      join r in db.DocRevisions.AsNoTracking() on p.CurrentRevisionId equals r.Id
                      where p.RemovedAt == null && (version == null || v.Label == version)
                      select new PageText(v.Label, p.SourceFile, r.Id, r.Markdown))
            .ToListAsync(cancellationToken);
    }

    private async Task<List<SearchDocument>> LoadFaqAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateSystemDbContext();
        var entries = await db.FaqEntries.AsNoTracking().OrderBy(e => e.Key).ToListAsync(cancellationToken);
        return
        [
            .. entries.Select(e => new SearchDocument(
                $"faq:{e.Key}", SearchKinds.Faq, e.Version ?? "", e.Key, "", e.Question, e.Category, Markdig.Markdown.ToPlainText(e.Answer).Trim(), e.Language)),
        ];
    }

    // Rendering is cached per revision, so the pages the portal already showed are not rendered again.
    private IEnumerable<SearchDocument> Sections(IEnumerable<PageText> pages, Counter count)
    {
        foreach (var page in pages)
        {
            var rendered = renderedDocs.GetOrRender(page.RevisionId, page.Markdown, new DocRenderContext(page.Version, page.SourceFile));
            progress.Advance();
            foreach (var section in rendered.Sections)
            {
                count.Value++;
                yield return section;
            }
        }
    }
}

/// <summary>How far a rebuild of the search index has come; read by the search page while it runs.</summary>
public sealed class SearchIndexProgress
{
    private int _total;
    private int _done;
    private volatile bool _running;

    public bool IsRunning => _running;

    /// <summary>0 to 100.</summary>
    public int Percent => _total == 0 ? 0 : (int)(100L * Volatile.Read(ref _done) / _total);

    internal void Start(int total)
    {
        _total = total;
        Volatile.Write(ref _done, 0);
        _running = true;
    }

    internal void Advance() => Interlocked.Increment(ref _done);

    internal void Finish() => _running = false;
}
