using System.Globalization;

namespace Portal.Domain.Metrics;

/// <summary>A calendar quarter such as 2025-Q3, in the bank's local calendar.</summary>
public readonly record struct CalendarQuarter : IComparable<CalendarQuarter>
{
    public CalendarQuarter(int year, int quarter)
    {
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1 to 4.");
        }

        Year = year;
        Quarter = quarter;
    }

    public int Year { get; }

    public int Quarter { get; }

    public static CalendarQuarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    public static CalendarQuarter Of(DateTimeOffset at, BusinessCalendar? calendar = null) =>
        Of((calendar ?? BusinessCalendar.Default).LocalDate(at));

    public CalendarQuarter Next() => Quarter == 4 ? new(Year + 1, 1) : new(Year, Quarter + 1);

    public int CompareTo(CalendarQuarter other) => (Year, Quarter).CompareTo((other.Year, other.Quarter));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Quarter}");

    public static bool operator <(CalendarQuarter left, CalendarQuarter right) => left.CompareTo(right) < 0;

    public static bool operator >(CalendarQuarter left, CalendarQuarter right) => left.CompareTo(right) > 0;

    public static bool operator <=(CalendarQuarter left, CalendarQuarter right) => left.CompareTo(right) <= 0;

    public static bool operator >=(CalendarQuarter left, CalendarQuarter right) => left.CompareTo(right) >= 0;
}

/// <summary>The spread of a value over the items that fall in one quarter.</summary>
public sealed record QuarterSpread(CalendarQuarter Quarter, Spread Spread);

public static class Quarterly
{
    /// <summary>Items by the quarter of their date, oldest quarter first; items without a date are left out.</summary>
    public static IReadOnlyList<IGrouping<CalendarQuarter, T>> Group<T>(
        IEnumerable<T> items, Func<T, DateTimeOffset?> at, BusinessCalendar? calendar = null)
    {
        var bank = calendar ?? BusinessCalendar.Default;
        return
        [
            .. items
                .Select(item => (Item: item, At: at(item)))
                .Where(x => x.At is not null)
                .GroupBy(x => CalendarQuarter.Of(x.At!.Value, bank), x => x.Item)
                .OrderBy(g => g.Key),
        ];
    }

    /// <summary>
    /// The spread of a value per quarter, for example cycle time by go-live quarter. Quarters in
    /// which no item has a value are left out rather than shown as zero.
    /// </summary>
    public static IReadOnlyList<QuarterSpread> Spread<T>(
        IEnumerable<T> items, Func<T, DateTimeOffset?> at, Func<T, double?> value, BusinessCalendar? calendar = null) =>
    [
        .. Group(items, at, calendar)
            .Select(g => (g.Key, Spread: Statistics.Describe(g.Select(value).OfType<double>())))
            .Where(x => x.Spread is not null)
            .Select(x => new QuarterSpread(x.Key, x.Spread!)),
    ];
}
