using Portal.Domain.Support;

namespace Portal.Tests.Domain;

public sealed class SlaPolicyTests
{
    // 2026-11-20 is a Friday; London is on UTC in November.
    private static readonly DateTimeOffset FridayAfternoon = new(2026, 11, 20, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AddBusinessHours_SkipsTheNightAndTheWeekend() =>
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), SlaPolicy.Default.AddBusinessHours(FridayAfternoon, 2));

    [Fact]
    public void AddBusinessHours_FromSaturdayStartsOnMondayMorning() =>
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), SlaPolicy.Default.AddBusinessHours(FridayAfternoon.AddDays(1), 1));

    [Fact]
    public void FirstResponse_IsBreachedWhenOverdue_AndMetWhenAnsweredInTime()
    {
        var ticket = new Ticket(Guid.NewGuid(), "u1", "Help", null, "v2", null, [], FridayAfternoon);
        ticket.SetPriority(TicketPriority.Urgent, FridayAfternoon);
        var policy = SlaPolicy.Default;
        Assert.Equal(SlaState.Breached, policy.FirstResponse(ticket, FridayAfternoon.AddDays(3)).State);
        ticket.Reply("staff", "On it.", fromStaff: true, FridayAfternoon.AddMinutes(30));
        Assert.Equal(SlaState.Met, policy.FirstResponse(ticket, FridayAfternoon.AddDays(3)).State);
        Assert.Equal(TicketStatus.WaitingOnPartner, ticket.Status);
    }

    [Fact]
    public void InternalNotes_AreNotAFirstResponse()
    {
        var ticket = new Ticket(Guid.NewGuid(), "u1", "Help", null, null, null, [], FridayAfternoon);
        ticket.AddInternalNote("staff", "Looking", FridayAfternoon.AddMinutes(5));
        Assert.Null(ticket.FirstResponseAt);
        Assert.Equal(TicketStatus.Open, ticket.Status);
    }
}
