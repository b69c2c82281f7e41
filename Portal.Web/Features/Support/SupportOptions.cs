using Portal.Domain.Support;

namespace Portal.Web.Features.Support;

/// <summary>SLA targets per priority in business hours (<c>Support:Sla:High:FirstResponseHours</c> …) and the bank's opening hours.</summary>
public sealed class SupportOptions
{
    public const string Section = "Support";

    public Dictionary<TicketPriority, SlaTargetOptions> Sla { get; set; } = [];

    public TimeOnly Opens { get; set; } = new(9, 0);

    public TimeOnly Closes { get; set; } = new(17, 0);

    public SlaPolicy Policy()
    {
        var targets = SlaPolicy.DefaultTargets.ToDictionary(p => p.Key, p => Sla.TryGetValue(p.Key, out var o)
            ? new SlaTarget(o.FirstResponseHours ?? p.Value.FirstResponseHours, o.ResolutionHours ?? p.Value.ResolutionHours)
            : p.Value);
        return new SlaPolicy(Portal.Domain.Metrics.BusinessCalendar.Default, targets, Opens, Closes);
    }
}

public sealed class SlaTargetOptions
{
    public double? FirstResponseHours { get; set; }

    public double? ResolutionHours { get; set; }
}
