using Microsoft.Extensions.Logging;
using Portal.Domain.Jobs;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Jobs;

/// <summary>What one run did: how many items it handled, and the problems it met but survived (kept for a later run).</summary>
public sealed record JobResult(int Items, string? Problems = null);

/// <summary>
/// Records every run of every job (started, finished, items, errors) for the admin "Job runs" page.
/// A run that throws is recorded and rethrown, so Hangfire retries it with back-off; the jobs are
/// idempotent (de-duplication keys, outbox rows), so a retry never sends anything twice.
/// </summary>
public sealed class JobRunner(PortalDbContextFactory contexts, TimeProvider clock, ILogger<JobRunner> logger)
{
    public async Task<JobResult> RunAsync(string job, Func<CancellationToken, Task<JobResult>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var run = new JobRun(job, clock.GetUtcNow());
        await using (var db = contexts.CreateSystemDbContext())
        {
            db.JobRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
        }

        try
        {
            var result = await work(cancellationToken);
            if (result.Problems is null)
            {
                run.Finish(result.Items, clock.GetUtcNow());
            }
            else
            {
                run.Fail(result.Problems, result.Items, clock.GetUtcNow());
            }

            await SaveAsync(run);
            return result;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Job {Job} failed.", job);
            run.Fail($"{ex.GetType().Name}: {ex.Message}", 0, clock.GetUtcNow());
            await SaveAsync(run);
            throw;
        }
    }

    private async Task SaveAsync(JobRun run)
    {
        // Recorded even when the run was cancelled, so the page never shows a run that seems to go on forever.
        await using var db = contexts.CreateSystemDbContext();
        db.JobRuns.Attach(run).State = Microsoft.EntityFrameworkCore.EntityState.Modified;
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
