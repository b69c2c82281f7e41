using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Portal.Domain;
using Portal.Domain.Support;
using Portal.Infrastructure.Notifications;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Jobs;

/// <summary>One SLA timer of one open ticket that is nearing or past its target.</summary>
public sealed record SlaAlert(Guid TicketId, string Subject, string? AssigneeUserId, bool FirstResponse, bool Breached, DateTimeOffset Due)
{
    public string Link => $"/support/tickets/{TicketId}";

    public string Kind => FirstResponse ? "first-response" : "resolution";

    public string DueText => Due.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public string Title => (FirstResponse, Breached) switch
    {
        (true, false) => SlaRemindersJob.NearingFirstResponseTitle,
        (false, false) => SlaRemindersJob.NearingResolutionTitle,
        (true, true) => SlaRemindersJob.BreachedFirstResponseTitle,
        (false, true) => SlaRemindersJob.BreachedResolutionTitle,
    };
}

/// <summary>
/// Warns about tickets nearing their SLA targets and reports breaches. A timer is "nearing" once the setting's
/// share of its target (in business hours, as <see cref="SlaPolicy"/> counts them) has elapsed: the assignee is
/// told, or every Support user while nobody is assigned. A breached timer is reported to the Support lead, which
/// the portal defines as every user in the Support role (it keeps no team structure). Each recipient hears of
/// each ticket's timer once per kind (first response, resolution) however often the job runs.
/// </summary>
public sealed class SlaRemindersJob(PortalDbContextFactory contexts, SlaPolicySource policies, JobSettingsStore settings, INotifier notifier, JobRunner runner, TimeProvider clock)
{
    public const string NearingFirstResponseTitle = "Ticket \"{0}\" needs a first response by {1} (UTC)";
    public const string NearingResolutionTitle = "Ticket \"{0}\" should be resolved by {1} (UTC)";
    public const string BreachedFirstResponseTitle = "Ticket \"{0}\" missed its first-response target (due {1} UTC)";
    public const string BreachedResolutionTitle = "Ticket \"{0}\" missed its resolution target (due {1} UTC)";

    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [60, 300, 900, 3600, 7200])]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RunAsync(CancellationToken cancellationToken) =>
        runner.RunAsync(RecurringJobs.SlaReminders, RemindAsync, cancellationToken);

    /// <summary>Timers of unresolved tickets that are nearing (at <paramref name="nearingPercent"/>% of the target) or breached.</summary>
    public static async Task<IReadOnlyList<SlaAlert>> AlertsAsync(PortalDbContext db, SlaPolicy policy, DateTimeOffset now, int nearingPercent, CancellationToken cancellationToken)
    {
        var open = await db.Tickets.AsNoTracking().Where(t => t.Status != TicketStatus.Resolved).ToListAsync(cancellationToken);
        var alerts = new List<SlaAlert>();
        foreach (var ticket in open.OrderBy(t => t.CreatedAt))
        {
            var target = policy.TargetFor(ticket.Priority);
            if (ticket.FirstResponseAt is null)
            {
                Add(ticket, target.FirstResponseHours, firstResponse: true);
            }

            Add(ticket, target.ResolutionHours, firstResponse: false);
        }

        return alerts;

        void Add(Ticket ticket, double hours, bool firstResponse)
        {
            var due = policy.AddBusinessHours(ticket.CreatedAt, hours);
            var nearing = policy.AddBusinessHours(ticket.CreatedAt, hours * Math.Min(nearingPercent, 100) / 100.0);
            if (now >= nearing)
            {
                alerts.Add(new SlaAlert(ticket.Id, ticket.Subject, ticket.AssigneeUserId, firstResponse, now > due, due));
            }
        }
    }

    private async Task<JobResult> RemindAsync(CancellationToken cancellationToken)
    {
        var values = await settings.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await using var db = contexts.CreateSystemDbContext();
        var alerts = await AlertsAsync(db, await policies.CurrentAsync(cancellationToken), now, values.Number(JobSettingKeys.SlaNearingPercent), cancellationToken);
        var support = await StaffDirectory.InRolesAsync(db, [Roles.Support], cancellationToken);
        var staffIds = (await StaffDirectory.StaffAsync(db, cancellationToken)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var alert in alerts)
        {
            // An assignee who is no longer staff is ignored: reminders never leave the bank.
            IEnumerable<string> recipients = alert.Breached || alert.AssigneeUserId is null || !staffIds.Contains(alert.AssigneeUserId)
                ? support.Select(s => s.Id)
                : [alert.AssigneeUserId];
            var key = $"sla-{(alert.Breached ? "breached" : "nearing")}:{alert.TicketId:N}:{alert.Kind}";
            foreach (var userId in recipients)
            {
                await notifier.NotifyAsync(new Notice(userId, NoticeTopics.TicketSla, alert.Title, alert.Link, [alert.Subject, alert.DueText], key), cancellationToken);
            }
        }

        return new JobResult(alerts.Count);
    }
}
