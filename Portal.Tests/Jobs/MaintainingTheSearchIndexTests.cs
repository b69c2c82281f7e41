using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Docs;
using Portal.Infrastructure.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Jobs;

/// <summary>The index maintenance jobs against the real Lucene index on disk and the real database.</summary>
public sealed class MaintainingTheSearchIndexTests(PortalApplicationFactory factory) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task NightlyCheck_PageMissingFromTheIndex_IsPutBack()
    {
        await factory.WaitForStartupWorkAsync();
        var index = factory.Services.GetRequiredService<SearchIndex>();
        var before = index.DocSectionCounts();
        Assert.True(before.GetValueOrDefault(("v2", "accounts")) > 0);

        await index.DeleteWhereAsync("v2", "accounts");
        Assert.False(index.DocSectionCounts().ContainsKey(("v2", "accounts")));
        await RunAsync(job => job.CheckAndRepairAsync(CancellationToken.None));

        Assert.Equal(before, index.DocSectionCounts());
        var run = await factory.WithDatabaseAsync(db => db.JobRuns.Where(r => r.Job == "search-index-check").OrderByDescending(r => r.StartedAt).FirstAsync());
        Assert.Equal(1, run.ItemsHandled);
    }

    [Fact]
    public async Task IncrementalIndexing_PageChangedInTheDatabase_BecomesSearchable()
    {
        await factory.WaitForStartupWorkAsync();
        var index = factory.Services.GetRequiredService<SearchIndex>();
        await RunAsync(job => job.IndexChangesAsync(CancellationToken.None));

        // A change made outside this process (another node, the command line) reaches only the database.
        await factory.WithDatabaseAsync(async db =>
        {
            var page = await db.DocPages.SingleAsync(p => p.Path == "errors" && db.DocVersions.Any(v => v.Id == p.VersionId && v.Label == "v2"));
            var revision = page.Revise("# Errors\n\nThe zanzibarquokka error means the consent expired.\n", DocRevisionSource.Import, null, DateTimeOffset.UtcNow);
            db.DocRevisions.Add(revision!);
            return await db.SaveChangesAsync();
        });
        Assert.Empty(index.Search(new SearchRequest("zanzibarquokka")));

        await RunAsync(job => job.IndexChangesAsync(CancellationToken.None));

        var hit = Assert.Single(index.Search(new SearchRequest("zanzibarquokka")));
        Assert.Equal("errors", hit.Path);
    }

    private async Task RunAsync(Func<SearchIndexMaintenanceJob, Task> run)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<SearchIndexMaintenanceJob>());
    }
}
