using Portal.Domain.Support;

namespace Portal.Infrastructure.Jobs;

/// <summary>
/// The SLA policy in force: the targets an admin set on the job settings page, else the configured ones
/// (<c>Support:Sla</c>), else the defaults. Read at each use, so a change applies to the next ticket list or job run.
/// </summary>
public sealed class SlaPolicySource(JobSettingsStore settings, SlaPolicy configured)
{
    public async Task<SlaPolicy> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var values = await settings.GetAsync(cancellationToken);
        var targets = Enum.GetValues<TicketPriority>().ToDictionary(p => p, p =>
        {
            var target = configured.TargetFor(p);
            return new SlaTarget(
                values.StoredNumber(JobSettingKeys.SlaFirstResponseHours(p)) ?? target.FirstResponseHours,
                values.StoredNumber(JobSettingKeys.SlaResolutionHours(p)) ?? target.ResolutionHours);
        });
        return configured.WithTargets(targets);
    }
}
