using Portal.Domain.Tenancy;

namespace Portal.Domain.Onboarding;

/// <summary>
/// Time a staff member spent on a partner: on an onboarding stage (meetings, reviews) or on a
/// support ticket, never both. Together these are the partner's support hours.
/// </summary>
public sealed class TimeEntry : IPartnerOwned
{
    public const int MaxMinutes = 24 * 60;
    public const int NoteMaxLength = 500;
    public const int UserIdMaxLength = 450;

    /// <summary>How far back time may be logged: last week's meetings, not last year's.</summary>
    public const int MaxDaysBack = 90;

    private TimeEntry()
    {
        UserId = "";
    }

    public TimeEntry(Guid partnerId, Guid? stageId, Guid? ticketId, string userId, int minutes, DateTimeOffset at, string? note = null)
        : this()
    {
        if ((stageId is null) == (ticketId is null))
        {
            throw new DomainException("Time is logged on either an onboarding stage or a ticket, exactly one of them.");
        }

        if (minutes is < 1 or > MaxMinutes)
        {
            throw new DomainException("A time entry is from 1 to 1440 minutes; split longer work into several entries.");
        }

        Id = Guid.NewGuid();
        PartnerId = partnerId;
        StageId = stageId;
        TicketId = ticketId;
        UserId = Guard.Trimmed(userId, UserIdMaxLength, "Who spent the time")
            ?? throw new DomainException("Say who spent the time.");
        Minutes = minutes;
        At = at;
        Note = Guard.Trimmed(note, NoteMaxLength, "A time entry's note");
    }

    public Guid Id { get; private set; }

    public Guid PartnerId { get; private set; }

    public Guid? StageId { get; private set; }

    /// <summary>A support ticket; tickets live in the support workbench.</summary>
    public Guid? TicketId { get; private set; }

    public string UserId { get; private set; }

    public int Minutes { get; private set; }

    /// <summary>When the work was done; decides whether it counts before or after go-live.</summary>
    public DateTimeOffset At { get; private set; }

    public string? Note { get; private set; }

    /// <summary>
    /// When work logged for <paramref name="day"/> (UTC) was done: now for today or no day, else noon of that day,
    /// so it falls on the same date in every time zone of the bank's working day.
    /// </summary>
    public static DateTimeOffset WorkedAt(DateOnly? day, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (day is null || day == today)
        {
            return now;
        }

        if (day > today)
        {
            throw new DomainException("Time cannot be logged for a day that has not come yet.");
        }

        if (day < today.AddDays(-MaxDaysBack))
        {
            throw new DomainException($"Time can be logged up to {MaxDaysBack} days back.");
        }

        return new DateTimeOffset(day.Value.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }

    public static TimeEntry OnStage(Guid partnerId, Guid stageId, string userId, int minutes, DateTimeOffset at, string? note = null) =>
        new(partnerId, stageId, null, userId, minutes, at, note);

    public static TimeEntry OnTicket(Guid partnerId, Guid ticketId, string userId, int minutes, DateTimeOffset at, string? note = null) =>
        new(partnerId, null, ticketId, userId, minutes, at, note);
}
