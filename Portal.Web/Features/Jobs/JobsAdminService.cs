using Hangfire;
using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Persistence;

namespace Portal.Web.Features.Jobs;

public sealed record JobRunView(Guid Id, string Job, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, int ItemsHandled, string? Error)
{
    public string Status => FinishedAt is null ? "Running" : Error is null ? "Succeeded" : "Failed";
}

public sealed record JobSettingView(string Key, string Label, JobSettingKind Kind, string Value, string Default);

/// <summary>The admin side of the background jobs: their recorded runs, their settings, and running one now.</summary>
public sealed class JobsAdminService(
    PortalDbContextFactory contexts,
    JobSettingsStore settings,
    IRecurringJobManager recurringJobs,
    DocReviewQueue reviews,
    TimeProvider clock)
{
    public const int RunsShown = 500;

    public async Task<IReadOnlyList<JobRunView>> RunsAsync(string? job, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateSystemDbContext();
        return await db.JobRuns.AsNoTracking().Where(r => job == null || r.Job == job)
            .OrderByDescending(r => r.StartedAt).Take(RunsShown)
            .Select(r => new JobRunView(r.Id, r.Job, r.StartedAt, r.FinishedAt, r.ItemsHandled, r.Error))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<JobSettingView>> SettingsAsync(CancellationToken cancellationToken = default)
    {
        var values = await settings.GetAsync(cancellationToken);
        return [.. JobSettingKeys.All.Select(d => new JobSettingView(d.Key, d.Label, d.Kind, values[d.Key], d.Default))];
    }

    /// <summary>Saves the values and re-registers the schedules at once. Throws a DomainException naming the first bad value.</summary>
    public async Task SaveSettingsAsync(IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default)
    {
        foreach (var (key, value) in values)
        {
            await settings.SetAsync(key, value, cancellationToken);
        }

        RecurringJobs.RegisterAll(recurringJobs, await settings.GetAsync(cancellationToken));
    }

    public void TriggerNow(string job) => recurringJobs.Trigger(job);

    public async Task<IReadOnlyList<DocReviewItem>> ReviewQueueAsync(CancellationToken cancellationToken = default)
    {
        var values = await settings.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. (await reviews.ListAsync(values.Number(JobSettingKeys.AdvanceDaysPerSignal), cancellationToken)).Where(i => i.IsDue(now) || i.EffectiveDueAt <= now.AddDays(30))];
    }
}
