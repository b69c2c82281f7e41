namespace Portal.Domain.Metrics;

/// <summary>
/// Turns instants into the bank's days. Instants are stored in UTC, but "which day" and "is it a
/// working day" are questions about the bank's local calendar, so both are answered in its time
/// zone: a go-live at 23:30 UTC on a summer Sunday is Monday in London.
/// </summary>
public sealed class BusinessCalendar
{
    public const string BankTimeZoneId = "Europe/London";

    private readonly HashSet<DateOnly> _holidays;

    /// <param name="holidays">Local dates that are not working days even though they fall on Monday to Friday.</param>
    public BusinessCalendar(TimeZoneInfo zone, IEnumerable<DateOnly>? holidays = null)
    {
        Zone = zone;
        _holidays = [.. holidays ?? []];
    }

    /// <summary>The bank's zone (<see cref="BankTimeZoneId"/>), Monday to Friday, no holidays.</summary>
    public static BusinessCalendar Default { get; } = new(TimeZoneInfo.FindSystemTimeZoneById(BankTimeZoneId));

    public TimeZoneInfo Zone { get; }

    public IReadOnlySet<DateOnly> Holidays => _holidays;

    public DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    public bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);

    /// <summary>Local dates from one instant to the other: Monday 17:00 to Tuesday 09:00 is one day, as a person counts.</summary>
    public int CalendarDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        EnsureOrdered(from, to);
        return LocalDate(to).DayNumber - LocalDate(from).DayNumber;
    }

    /// <summary>
    /// Working days elapsed: the business days after <paramref name="from"/>'s local date up to and
    /// including <paramref name="to"/>'s. Monday to Friday of one week is 4; Friday to Monday is 1;
    /// the same day is 0; a weekend start counts from the Monday.
    /// </summary>
    public int BusinessDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        EnsureOrdered(from, to);
        var last = LocalDate(to);
        var count = 0;
        for (var day = LocalDate(from).AddDays(1); day <= last; day = day.AddDays(1))
        {
            if (IsBusinessDay(day))
            {
                count++;
            }
        }

        return count;
    }

    private static void EnsureOrdered(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(to));
        }
    }
}
