using Hangfire;
using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Search;

/// <summary>
/// Deletes recorded searches older than the retention setting: a search says who looked for what, which is kept
/// only as long as it helps staff improve the docs.
/// </summary>
public sealed class SearchLogRetentionJob(PortalDbContextFactory contexts, JobSettingsStore settings, JobRunner runner, TimeProvider clock)
{
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900])]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RunAsync(CancellationToken cancellationToken) =>
        runner.RunAsync(RecurringJobs.SearchLogRetention, PurgeAsync, cancellationToken);

    private async Task<JobResult> PurgeAsync(CancellationToken cancellationToken)
    {
        var days = (await settings.GetAsync(cancellationToken)).Number(JobSettingKeys.SearchLogRetentionDays);
        var before = clock.GetUtcNow().AddDays(-days);
        await using var db = contexts.CreateSystemDbContext();
        return new JobResult(await db.SearchLog.Where(e => e.At < before).ExecuteDeleteAsync(cancellationToken));
    }
}
