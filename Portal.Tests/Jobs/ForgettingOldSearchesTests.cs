using Microsoft.EntityFrameworkCore;
using Portal.Domain.Search;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Search;

namespace Portal.Tests.Jobs;

/// <summary>Recorded searches are kept for the retention setting (180 days by default), then deleted.</summary>
public sealed class ForgettingOldSearchesTests(JobsApplicationFactory factory) : IClassFixture<JobsApplicationFactory>
{
    [Fact]
    public async Task RetentionJob_DeletesSearchesOlderThanTheSetting_KeepsTheRest_AndRecordsItsRun()
    {
        await factory.WaitForStartupWorkAsync();
        var now = factory.Clock.GetUtcNow();
        await factory.WithDatabaseAsync(db =>
        {
            db.SearchLog.Add(new SearchLogEntry("old question about refunds", "v2", 0, null, null, now.AddDays(-181)));
            db.SearchLog.Add(new SearchLogEntry("recent question about refunds", "v2", 3, null, null, now.AddDays(-179)));
            return db.SaveChangesAsync();
        });

        await factory.RunAsync<SearchLogRetentionJob>(job => job.RunAsync(CancellationToken.None));

        var left = await factory.WithDatabaseAsync(db => db.SearchLog.Where(e => e.Query.EndsWith("about refunds")).Select(e => e.Query).ToListAsync());
        Assert.Equal(["recent question about refunds"], left);
        var run = await factory.WithDatabaseAsync(db => db.JobRuns.Where(r => r.Job == RecurringJobs.SearchLogRetention).SingleAsync());
        Assert.Equal(1, run.ItemsHandled);
    }
}
