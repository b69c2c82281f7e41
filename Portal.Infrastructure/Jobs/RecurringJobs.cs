using System.Globalization;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Notifications;
using Portal.Infrastructure.Search;

namespace Portal.Infrastructure.Jobs;

/// <summary>Every recurring job of the portal, with the setting that holds its schedule (UTC).</summary>
public sealed record RecurringJobDefinition(string Id, string ScheduleKey, Action<IRecurringJobManager, string> Register);

public static partial class RecurringJobs
{
    public const string MailOutbox = "mail-outbox";
    public const string NotificationDigest = "notification-digest";
    public const string StaleDocs = "stale-docs";
    public const string DocOwnerDigest = "doc-owner-digest";
    public const string ManagerDigest = "manager-digest";
    public const string IndexIncremental = "search-index-incremental";
    public const string IndexCheck = "search-index-check";
    public const string SlaReminders = "sla-reminders";
    public const string OverdueStages = "overdue-stages";
    public const string SearchLogRetention = "search-log-retention";

    public static readonly IReadOnlyList<RecurringJobDefinition> All =
    [
        Define<MailOutboxJob>(MailOutbox, JobSettingKeys.MailOutboxSchedule, j => j.RunAsync(CancellationToken.None)),
        Define<NotificationDigestJob>(NotificationDigest, JobSettingKeys.NotificationDigestSchedule, j => j.RunAsync(CancellationToken.None)),
        Define<StaleDocsJob>(StaleDocs, JobSettingKeys.StaleDocsSchedule, j => j.RunAsync(CancellationToken.None)),
        Define<DocOwnerDigestJob>(DocOwnerDigest, JobSettingKeys.DocOwnerDigestSchedule, j => j.RunAsync(CancellationToken.None)),
        Define<ManagerDigestJob>(ManagerDigest, JobSettingKeys.ManagerDigestSchedule, j => j.RunAsync(CancellationToken.None)),
        Define<SearchIndexMaintenanceJob>(IndexIncremental, JobSettingKeys.IndexIncrementalSchedule, j => j.IndexChangesAsync(CancellationToken.None)),
        Define<SearchIndexMaintenanceJob>(IndexCheck, JobSettingKeys.IndexCheckSchedule, j => j.CheckAndRepairAsync(CancellationToken.None)),
        Define<SlaRemindersJob>(SlaReminders, JobSettingKeys.SlaRemindersSchedule, j => j.RunAsync(CancellationToken.None)),
        Define<OverdueStagesJob>(OverdueStages, JobSettingKeys.OverdueStagesSchedule, j => j.RunAsync(CancellationToken.None)),
        Define<SearchLogRetentionJob>(SearchLogRetention, JobSettingKeys.SearchLogRetentionSchedule, j => j.RunAsync(CancellationToken.None)),
    ];

    /// <summary>(Re-)registers every recurring job with the schedules the settings hold now.</summary>
    public static void RegisterAll(IRecurringJobManager manager, JobSettingValues settings)
    {
        foreach (var job in All)
        {
            job.Register(manager, settings[job.ScheduleKey]);
        }
    }

    /// <summary>Five fields (minute hour day month weekday) of numbers, ranges, lists, steps and '*'.</summary>
    public static bool IsValidSchedule(string? cron)
    {
        var fields = (cron ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int[] max = [59, 23, 31, 12, 7];
        int[] min = [0, 0, 1, 1, 0];
        return fields.Length == 5 && fields.Select((field, i) => ValidField(field, min[i], max[i])).All(ok => ok);
    }

    private static bool ValidField(string field, int min, int max) =>
        field.Split(',').All(part =>
        {
            var match = CronPart().Match(part);
            if (!match.Success)
            {
                return false;
            }

            bool InRange(Group g) => !g.Success || (int.TryParse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max);
            var step = match.Groups["step"];
            return InRange(match.Groups["from"]) && InRange(match.Groups["to"]) && (!step.Success || int.Parse(step.Value, CultureInfo.InvariantCulture) > 0);
        });

    private static RecurringJobDefinition Define<T>(string id, string scheduleKey, Expression<Func<T, Task>> call) =>
        new(id, scheduleKey, (manager, cron) => manager.AddOrUpdate(id, call, cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc }));

    [GeneratedRegex(@"^(\*|(?<from>\d{1,2})(-(?<to>\d{1,2}))?)(/(?<step>\d{1,2}))?$")]
    private static partial Regex CronPart();
}

/// <summary>Registers the recurring jobs when the web host starts, with the schedules from the admin settings.</summary>
public sealed class RecurringJobsStartup(IServiceScopeFactory scopes, IRecurringJobManager manager, ILogger<RecurringJobsStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var settings = await scope.ServiceProvider.GetRequiredService<JobSettingsStore>().GetAsync(cancellationToken);
        RecurringJobs.RegisterAll(manager, settings);
        logger.LogInformation("Registered {Count} recurring jobs.", RecurringJobs.All.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
