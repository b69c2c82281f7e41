using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain;
using Portal.Domain.Jobs;
using Portal.Domain.Support;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Jobs;

public enum JobSettingKind
{
    /// <summary>A cron expression (UTC), the schedule of one recurring job.</summary>
    Schedule,

    /// <summary>A whole number of days, hours or items, 0 or more.</summary>
    Number,
}

/// <param name="Label">English text, a localisation key: what the admin sees.</param>
public sealed record JobSettingDefinition(string Key, string Default, JobSettingKind Kind, string Label);

/// <summary>The schedules and thresholds an admin can change on the job settings page. Defaults are these.</summary>
public static class JobSettingKeys
{
    public const string MailOutboxSchedule = "schedule:mail-outbox";
    public const string NotificationDigestSchedule = "schedule:notification-digest";
    public const string StaleDocsSchedule = "schedule:stale-docs";
    public const string DocOwnerDigestSchedule = "schedule:doc-owner-digest";
    public const string ManagerDigestSchedule = "schedule:manager-digest";
    public const string IndexIncrementalSchedule = "schedule:search-index-incremental";
    public const string IndexCheckSchedule = "schedule:search-index-check";
    public const string SlaRemindersSchedule = "schedule:sla-reminders";
    public const string OverdueStagesSchedule = "schedule:overdue-stages";
    public const string SearchLogRetentionSchedule = "schedule:search-log-retention";

    public const string ManagerAfterDays = "stale-docs:manager-after-days";
    public const string AdvanceDaysPerSignal = "stale-docs:advance-days-per-signal";
    public const string SlaNearingPercent = "sla:nearing-percent";
    public const string StageAccountOwnerAfterDays = "stages:account-owner-after-days";
    public const string SearchLogRetentionDays = "search-log:retention-days";

    /// <summary>The first-response target of a ticket priority, in business hours (<c>sla:urgent:first-response-hours</c>).</summary>
    public static string SlaFirstResponseHours(TicketPriority priority) => $"sla:{priority.ToString().ToLowerInvariant()}:first-response-hours";

    /// <summary>The resolution target of a ticket priority, in business hours.</summary>
    public static string SlaResolutionHours(TicketPriority priority) => $"sla:{priority.ToString().ToLowerInvariant()}:resolution-hours";

    public static readonly IReadOnlyList<JobSettingDefinition> All =
    [
        new(MailOutboxSchedule, "* * * * *", JobSettingKind.Schedule, "Send queued e-mails"),
        new(NotificationDigestSchedule, "0 7 * * *", JobSettingKind.Schedule, "Daily notification digest e-mails"),
        new(StaleDocsSchedule, "0 6 * * *", JobSettingKind.Schedule, "Remind owners of doc pages due for review"),
        new(DocOwnerDigestSchedule, "0 7 * * 1", JobSettingKind.Schedule, "Weekly digest for doc owners"),
        new(ManagerDigestSchedule, "30 7 * * 1", JobSettingKind.Schedule, "Weekly digest for managers"),
        new(IndexIncrementalSchedule, "*/5 * * * *", JobSettingKind.Schedule, "Index changed doc pages"),
        new(IndexCheckSchedule, "0 2 * * *", JobSettingKind.Schedule, "Nightly search index check and repair"),
        new(SlaRemindersSchedule, "*/15 * * * *", JobSettingKind.Schedule, "Warn about tickets nearing or past their SLA targets"),
        new(OverdueStagesSchedule, "0 6 * * *", JobSettingKind.Schedule, "Remind owners of overdue onboarding stages"),
        new(SearchLogRetentionSchedule, "30 2 * * *", JobSettingKind.Schedule, "Delete recorded searches past their retention"),
        new(ManagerAfterDays, "14", JobSettingKind.Number, "Days a page may stay overdue before its owner's manager is told"),
        new(AdvanceDaysPerSignal, "7", JobSettingKind.Number, "Days each warning signal (such as an unhelpful rating) brings a review forward"),
        new(SlaNearingPercent, "80", JobSettingKind.Number, "Percent of an SLA target (in business hours) after which the assignee is warned"),
        new(StageAccountOwnerAfterDays, "7", JobSettingKind.Number, "Days a stage may stay overdue before the partner's account owner is told"),
        new(SearchLogRetentionDays, "180", JobSettingKind.Number, "Days recorded searches are kept for search insights"),
        .. SlaPolicy.DefaultTargets.SelectMany(t => new JobSettingDefinition[]
        {
            new(SlaFirstResponseHours(t.Key), Hours(t.Value.FirstResponseHours), JobSettingKind.Number, $"{t.Key} tickets: first response target (business hours)"),
            new(SlaResolutionHours(t.Key), Hours(t.Value.ResolutionHours), JobSettingKind.Number, $"{t.Key} tickets: resolution target (business hours)"),
        }),
    ];

    private static string Hours(double hours) => hours.ToString(CultureInfo.InvariantCulture);

    public static JobSettingDefinition Find(string key) =>
        All.SingleOrDefault(d => d.Key == key) ?? throw new DomainException("There is no such setting.");
}

/// <summary>The settings as they are now: stored values over the defaults.</summary>
public sealed class JobSettingValues(IReadOnlyDictionary<string, string> values)
{
    public string this[string key] => values.TryGetValue(key, out var value) ? value : JobSettingKeys.Find(key).Default;

    public int Number(string key) =>
        int.TryParse(this[key], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : int.Parse(JobSettingKeys.Find(key).Default, CultureInfo.InvariantCulture);

    /// <summary>The number an admin stored, or null where the setting was never changed.</summary>
    public int? StoredNumber(string key) =>
        values.TryGetValue(key, out var value) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}

public sealed class JobSettingsStore(PortalDbContextFactory contexts, TimeProvider clock)
{
    public async Task<JobSettingValues> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateSystemDbContext();
        var stored = await db.JobSettings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
        return new JobSettingValues(stored);
    }

    /// <summary>Stores one value after checking it; the caller re-registers schedules.</summary>
    public async Task SetAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        var definition = JobSettingKeys.Find(key);
        value = (value ?? "").Trim();
        if (definition.Kind == JobSettingKind.Number && !(int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= 3660))
        {
            throw new DomainException("Enter a whole number from 0 to 3660.");
        }

        if (definition.Kind == JobSettingKind.Schedule && !RecurringJobs.IsValidSchedule(value))
        {
            throw new DomainException("Enter a cron schedule of five fields, for example '0 6 * * *' (every day at 06:00 UTC).");
        }

        await using var db = contexts.CreateSystemDbContext();
        var setting = await db.JobSettings.SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (setting is null)
        {
            db.JobSettings.Add(new JobSetting(key, value, clock.GetUtcNow()));
        }
        else
        {
            setting.Change(value, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
