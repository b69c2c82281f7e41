using Portal.Domain.Metrics;

namespace Portal.Tests.Domain.Onboarding;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar London = BusinessCalendar.Default;
    private static readonly BusinessCalendar UtcCalendar = new(TimeZoneInfo.Utc);

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2025, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Default_IsTheBanksLondonZone() =>
        Assert.Equal(BusinessCalendar.BankTimeZoneId, London.Zone.Id);

    [Theory]
    [InlineData(3, 3, 3, 7, 4)] // Monday to Friday of one week
    [InlineData(3, 7, 3, 10, 1)] // Friday to Monday
    [InlineData(3, 3, 3, 3, 0)] // the same day
    [InlineData(3, 8, 3, 10, 1)] // Saturday to Monday
    [InlineData(3, 8, 3, 9, 0)] // Saturday to Sunday
    [InlineData(3, 3, 3, 17, 10)] // two weeks
    public void BusinessDaysBetween_CountsWorkingDaysAfterTheStartUpToTheEnd(int fromMonth, int fromDay, int toMonth, int toDay, int expected) =>
        Assert.Equal(expected, London.BusinessDaysBetween(At(fromMonth, fromDay, 10), At(toMonth, toDay, 10)));

    [Fact]
    public void BusinessDaysBetween_SkipsHolidays()
    {
        var withHoliday = new BusinessCalendar(London.Zone, [new DateOnly(2025, 3, 5)]);

        Assert.Equal(3, withHoliday.BusinessDaysBetween(At(3, 3, 10), At(3, 7, 10)));
        Assert.False(withHoliday.IsBusinessDay(new DateOnly(2025, 3, 5)));
        Assert.True(withHoliday.IsBusinessDay(new DateOnly(2025, 3, 6)));
    }

    [Fact]
    public void BusinessDaysBetween_JustAfterTheClocksGoForward_CountsTheLocalMonday()
    {
        // Monday 24 March 09:00 GMT to Sunday 30 March 23:30 UTC, which is Monday 31 March 00:30 BST
        // in London: the clocks went forward that morning.
        var applied = At(3, 24, 9);
        var live = At(3, 30, 23, 30);

        Assert.Equal((7, 5), (London.CalendarDaysBetween(applied, live), London.BusinessDaysBetween(applied, live)));
        Assert.Equal((6, 4), (UtcCalendar.CalendarDaysBetween(applied, live), UtcCalendar.BusinessDaysBetween(applied, live)));
    }

    [Fact]
    public void CalendarDaysBetween_AcrossTheAutumnChange_UsesTheLocalDates()
    {
        // Friday 24 October 23:30 UTC is already Saturday 00:30 BST in London; the clocks go back
        // on Sunday 26 October, so Monday 09:00 UTC is Monday 09:00 GMT.
        var applied = At(10, 24, 23, 30);
        var live = At(10, 27, 9);

        Assert.Equal(new DateOnly(2025, 10, 25), London.LocalDate(applied));
        Assert.Equal((2, 1), (London.CalendarDaysBetween(applied, live), London.BusinessDaysBetween(applied, live)));
        Assert.Equal((3, 1), (UtcCalendar.CalendarDaysBetween(applied, live), UtcCalendar.BusinessDaysBetween(applied, live)));
    }

    [Fact]
    public void CalendarDaysBetween_EveningToNextMorning_IsOneDay() =>
        Assert.Equal(1, London.CalendarDaysBetween(At(3, 3, 17), At(3, 4, 9)));

    [Fact]
    public void BusinessDaysBetween_EndBeforeStart_IsRefused() =>
        Assert.Throws<ArgumentException>(() => London.BusinessDaysBetween(At(3, 4, 9), At(3, 3, 9)));
}
