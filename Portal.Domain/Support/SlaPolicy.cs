using Portal.Domain.Metrics;

namespace Portal.Domain.Support;

/// <summary>Targets for one priority, in business hours.</summary>
public sealed record SlaTarget(double FirstResponseHours, double ResolutionHours);

public enum SlaState
{
    OnTrack,
    DueSoon,
    Breached,
    Met,
}

/// <summary>A timer's due instant and where it stands.</summary>
public sealed record SlaTimer(DateTimeOffset Due, SlaState State);

/// <summary>
/// SLA timers count the bank's business hours only (09:00–17:00 local on working days), so a
/// question sent on Friday evening is not overdue by Monday morning.
/// </summary>
public sealed class SlaPolicy(BusinessCalendar calendar, IReadOnlyDictionary<TicketPriority, SlaTarget> targets, TimeOnly opens, TimeOnly closes)
{
    public static IReadOnlyDictionary<TicketPriority, SlaTarget> DefaultTargets { get; } = new Dictionary<TicketPriority, SlaTarget>
    {
        [TicketPriority.Urgent] = new(1, 8),
        [TicketPriority.High] = new(4, 16),
        [TicketPriority.Normal] = new(8, 40),
        [TicketPriority.Low] = new(16, 80),
    };

    public static SlaPolicy Default { get; } = new(BusinessCalendar.Default, DefaultTargets, new TimeOnly(9, 0), new TimeOnly(17, 0));

    public SlaTarget TargetFor(TicketPriority priority) => targets.TryGetValue(priority, out var t) ? t : DefaultTargets[priority];

    /// <summary>The same hours and calendar with other targets (those an admin set).</summary>
    public SlaPolicy WithTargets(IReadOnlyDictionary<TicketPriority, SlaTarget> other) => new(calendar, other, opens, closes);

    public SlaTimer FirstResponse(Ticket ticket, DateTimeOffset now) =>
        Timer(ticket.CreatedAt, TargetFor(ticket.Priority).FirstResponseHours, ticket.FirstResponseAt, now);

    public SlaTimer Resolution(Ticket ticket, DateTimeOffset now) =>
        Timer(ticket.CreatedAt, TargetFor(ticket.Priority).ResolutionHours, ticket.ResolvedAt, now);

    private SlaTimer Timer(DateTimeOffset start, double hours, DateTimeOffset? doneAt, DateTimeOffset now)
    {
        var due = AddBusinessHours(start, hours);
        if (doneAt is { } done)
        {
            return new SlaTimer(due, done <= due ? SlaState.Met : SlaState.Breached);
        }

        return new SlaTimer(due, now > due ? SlaState.Breached
            : AddBusinessHours(now, hours / 4) >= due ? SlaState.DueSoon
            : SlaState.OnTrack);
    }

    /// <summary>The instant <paramref name="hours"/> business hours after <paramref name="start"/>.</summary>
    public DateTimeOffset AddBusinessHours(DateTimeOffset start, double hours)
    {
        var remaining = TimeSpan.FromHours(hours);
        var local = TimeZoneInfo.ConvertTime(start, calendar.Zone).DateTime;
        for (var guard = 0; guard < 3660; guard++)
        {
            var date = DateOnly.FromDateTime(local);
            var open = date.ToDateTime(opens);
            var close = date.ToDateTime(closes);
            if (calendar.IsBusinessDay(date) && local < close)
            {
                var from = local < open ? open : local;
                var available = close - from;
                if (remaining <= available)
                {
                    return ToInstant(from + remaining);
                }

                remaining -= available;
            }

            local = date.AddDays(1).ToDateTime(TimeOnly.MinValue);
        }

        throw new DomainException("No business hours within ten years: check the business calendar.");
    }

    private DateTimeOffset ToInstant(DateTime local)
    {
        var offset = calendar.Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
