using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Markdown;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Search;

/// <summary>
/// Keeps the search index in step with the database. Every few minutes, pages changed since the last
/// successful run (by any node, the command line included: the change queue is the pages' UpdatedAt) are
/// re-indexed. Nightly, each page's section count in the index is compared with what its current revision
/// renders to, and pages that differ or no longer exist are repaired one by one, without a full rebuild.
/// </summary>
public sealed class SearchIndexMaintenanceJob(
    PortalDbContextFactory contexts,
    RenderedDocCache renderedDocs,
    SearchIndex index,
    JobRunner runner,
    TimeProvider clock,
    ILogger<SearchIndexMaintenanceJob> logger)
{
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900])]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task IndexChangesAsync(CancellationToken cancellationToken) =>
        runner.RunAsync(RecurringJobs.IndexIncremental, IndexChangedPagesAsync, cancellationToken);

    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900])]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public Task CheckAndRepairAsync(CancellationToken cancellationToken) =>
        runner.RunAsync(RecurringJobs.IndexCheck, RepairAsync, cancellationToken);

    private sealed record PageText(string Version, string Path, string SourceFile, Guid RevisionId, string Markdown, bool Removed);

    private async Task<JobResult> IndexChangedPagesAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateSystemDbContext();
        // Runs overlap in time only through retries; starting from the previous successful run's start misses nothing.
        var since = await db.JobRuns.Where(r => r.Job == RecurringJobs.IndexIncremental && r.FinishedAt != null && r.Error == null)
            .OrderByDescending(r => r.StartedAt).Select(r => (DateTimeOffset?)r.StartedAt).FirstOrDefaultAsync(cancellationToken)
            ?? clock.GetUtcNow().AddHours(-1);
        var changed = await LoadAsync(db, since, cancellationToken);
        foreach (var page in changed)
        {
            await ApplyAsync(page, cancellationToken);
        }

        return new JobResult(changed.Count);
    }

    private async Task<JobResult> RepairAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateSystemDbContext();
        var pages = await LoadAsync(db, since: null, cancellationToken);
        var indexed = index.DocSectionCounts();
        var repaired = 0;
        var live = new HashSet<(string, string)>();
        foreach (var page in pages.Where(p => !p.Removed))
        {
            live.Add((page.Version, page.Path));
            var expected = Render(page).Sections.Count;
            if (indexed.GetValueOrDefault((page.Version, page.Path)) != expected)
            {
                await ApplyAsync(page, cancellationToken);
                repaired++;
            }
        }

        foreach (var (version, path) in indexed.Keys.Where(k => !live.Contains(k)))
        {
            await index.DeleteWhereAsync(version, path, cancellationToken);
            repaired++;
        }

        if (repaired > 0)
        {
            logger.LogWarning("Search index check repaired {Count} page(s).", repaired);
        }

        return new JobResult(repaired);
    }

    private async Task ApplyAsync(PageText page, CancellationToken cancellationToken)
    {
        if (page.Removed)
        {
            await index.DeleteWhereAsync(page.Version, page.Path, cancellationToken);
        }
        else
        {
            await index.ReplacePageAsync(page.Version, page.Path, Render(page).Sections, cancellationToken);
        }
    }

    private RenderedDoc Render(PageText page) =>
        renderedDocs.GetOrRender(page.RevisionId, page.Markdown, new DocRenderContext(page.Version, page.SourceFile));

    private static async Task<List<PageText>> LoadAsync(PortalDbContext db, DateTimeOffset? since, CancellationToken cancellationToken) =>
        await (from p in db.DocPages.AsNoTracking()
               join v in db.DocVersions.AsNoTracking() on p.VersionId equals v.Id
               join r in db.DocRevisions.AsNoTracking() on p.CurrentRevisionId equals r.Id
               where since == null || p.UpdatedAt >= since
               select new PageText(v.Label, p.Path, p.SourceFile, r.Id, r.Markdown, p.RemovedAt != null))
            .ToListAsync(cancellationToken);
}
