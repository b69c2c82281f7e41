using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Onboarding;
using Portal.Infrastructure.Notifications;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Jobs;

/// <summary>An onboarding stage past its planned end and neither done nor skipped.</summary>
public sealed record OverdueStage(Guid StageId, Guid ProjectId, Guid PartnerId, string ProjectName, string StageName, StageSide Side, string? OwnerUserId, DateTimeOffset PlannedEnd)
{
    public string Link => $"/onboarding/projects/{ProjectId}";

    public string PlannedEndText => PlannedEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public int DaysOverdue(DateTimeOffset now) => Math.Max(0, (int)(now - PlannedEnd).TotalDays);
}

/// <summary>
/// Tells the owner of each overdue onboarding stage once per planned end (re-planning starts a fresh cycle): for a
/// bank-side stage its owner (a staff user), for a partner-side stage the user of that same partner whose e-mail
/// is the partner profile's technical lead. A further threshold of days later the partner's bank-side account
/// owner is told once. Nobody outside the bank or that partner ever hears of it.
/// </summary>
public sealed class OverdueStagesJob(PortalDbContextFactory contexts, JobSettingsStore settings, INotifier notifier, JobRunner runner, TimeProvider clock)
{
    public const string OwnerTitle = "Stage \"{0}\" of \"{1}\" was planned to end on {2} and is not done yet";
    public const string AccountOwnerTitle = "Stage \"{0}\" of \"{1}\" is {2} day(s) past its planned end ({3}); its owner has been reminded";

    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [60, 300, 900, 3600, 7200])]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RunAsync(CancellationToken cancellationToken) =>
        runner.RunAsync(RecurringJobs.OverdueStages, RemindAsync, cancellationToken);

    public static async Task<IReadOnlyList<OverdueStage>> OverdueAsync(PortalDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stages = await db.OnboardingStages.AsNoTracking().Include(s => s.Project)
            .Where(s => s.Status != StageStatus.Done && s.Status != StageStatus.Skipped && s.PlannedEnd < now)
            .OrderBy(s => s.PlannedEnd)
            .ToListAsync(cancellationToken);
        return [.. stages.Select(s => new OverdueStage(s.Id, s.ProjectId, s.Project!.PartnerId, s.Project.Name, s.EnglishName, s.Side, s.OwnerUserId, s.PlannedEnd))];
    }

    private async Task<JobResult> RemindAsync(CancellationToken cancellationToken)
    {
        var values = await settings.GetAsync(cancellationToken);
        var accountOwnerAfter = TimeSpan.FromDays(values.Number(JobSettingKeys.StageAccountOwnerAfterDays));
        var now = clock.GetUtcNow();
        await using var db = contexts.CreateSystemDbContext();
        var overdue = await OverdueAsync(db, now, cancellationToken);
        var staffIds = (await StaffDirectory.StaffAsync(db, cancellationToken)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var partnerIds = overdue.Select(s => s.PartnerId).Distinct().ToList();
        var profiles = await db.PartnerProfiles.AsNoTracking().Where(p => partnerIds.Contains(p.PartnerId)).ToDictionaryAsync(p => p.PartnerId, cancellationToken);
        foreach (var stage in overdue)
        {
            var profile = profiles.GetValueOrDefault(stage.PartnerId);
            var cycle = $"{stage.StageId:N}:{stage.PlannedEnd.UtcTicks}";
            var owner = stage.Side == StageSide.Partner
                ? await TechnicalLeadAsync(db, stage.PartnerId, profile?.TechnicalLeadEmail, cancellationToken)
                : stage.OwnerUserId is { } id && staffIds.Contains(id) ? id : null;
            if (owner is not null)
            {
                await notifier.NotifyAsync(
                    new Notice(owner, NoticeTopics.StageOverdue, OwnerTitle, stage.Side == StageSide.Partner ? "/my-onboarding" : stage.Link, [stage.StageName, stage.ProjectName, stage.PlannedEndText], $"stage-overdue:{cycle}"),
                    cancellationToken);
            }

            if (now >= stage.PlannedEnd + accountOwnerAfter && profile?.AccountOwnerUserId is { } accountOwner && staffIds.Contains(accountOwner))
            {
                await notifier.NotifyAsync(
                    new Notice(accountOwner, NoticeTopics.StageOverdue, AccountOwnerTitle, stage.Link, [stage.StageName, stage.ProjectName, stage.DaysOverdue(now).ToString(CultureInfo.InvariantCulture), stage.PlannedEndText], $"stage-overdue-account-owner:{cycle}"),
                    cancellationToken);
            }
        }

        return new JobResult(overdue.Count);
    }

    /// <summary>The technical lead's user account, only among that partner's own users.</summary>
    private static async Task<string?> TechnicalLeadAsync(PortalDbContext db, Guid partnerId, string? email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var normalized = email.Trim().ToUpperInvariant();
        return await db.Users.AsNoTracking()
            .Where(u => u.PartnerId == partnerId && u.NormalizedEmail == normalized)
            .Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
