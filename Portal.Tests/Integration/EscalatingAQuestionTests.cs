using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Support;
using Portal.Infrastructure.Notifications;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>A partner asks a person; support answers, notes and logs time; the partner (and only that partner) sees it.</summary>
public sealed class EscalatingAQuestionTests(PortalApplicationFactory factory) : IClassFixture<PortalApplicationFactory>
{
    private static readonly string[] PagesRead = ["/docs/v2/getting-started"];

    [Fact]
    public async Task Escalation_IsVisibleToStaffAndThatPartnerOnly_AndRepliesNotifyThePartner()
    {
        await factory.WaitForStartupWorkAsync();
        var acme = await factory.SignInAsPartnerAsync();
        var created = await acme.PostAsJsonAsync("/api/tickets", new { subject = "Our sandbox certificate upload fails with error 4711", transcript = "Partner: upload fails\nAssistant: (not sure)", version = "v2", pagesRead = PagesRead });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var support = await factory.SignInAsync("support@demo.local");
        Assert.Contains(await ListAsync(support), t => t.GetProperty("id").GetGuid() == id);

        // The demo data has Acme in the middle of its "Development" stage: the ticket says so, on the API and the ticket page.
        var ticketJson = await (await support.GetAsync($"/api/tickets/{id}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Development", ticketJson.GetProperty("onboardingStage").GetString());
        var page = await support.GetStringAsync($"/support/tickets/{id}");
        Assert.Matches("data-test=\"ticket-stage\"[\\s\\S]{0,300}Development", page);
        Assert.Contains(await ListAsync(acme), t => t.GetProperty("id").GetGuid() == id);
        var globex = await factory.SignInAsync("dev@globex.demo.local");
        Assert.DoesNotContain(await ListAsync(globex), t => t.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await globex.GetAsync($"/api/tickets/{id}")).StatusCode);
        var sneaky = await globex.PostAsJsonAsync($"/api/tickets/{id}/replies", new { body = "sneaky" });
        Assert.True(sneaky.StatusCode == HttpStatusCode.NotFound, await sneaky.Content.ReadAsStringAsync());

        // The reply notifies the partner in the portal at once; the mail follows through the outbox job.
        Task<List<string>> RepliesToAcme() => factory.WithDatabaseAsync(db => db.Notifications
            .Where(n => n.Topic == NoticeTopics.TicketReply && db.Users.Any(u => u.Id == n.UserId && u.Email == "dev@acme.demo.local"))
            .Select(n => n.Title).ToListAsync());
        var noticesBefore = (await RepliesToAcme()).Count;
        (await support.PostAsJsonAsync($"/api/tickets/{id}/replies", new { body = "Upload the PEM file, not the DER one." })).EnsureSuccessStatusCode();
        (await support.PostAsJsonAsync($"/api/tickets/{id}/notes", new { body = "Third time this month: FAQ candidate." })).EnsureSuccessStatusCode();
        var notices = await RepliesToAcme();
        Assert.Equal(noticesBefore + 1, notices.Count);
        Assert.Contains(notices, t => t.Contains("New reply on your ticket", StringComparison.Ordinal));

        var seenByPartner = await (await acme.GetAsync($"/api/tickets/{id}")).Content.ReadFromJsonAsync<JsonElement>();
        var bodies = seenByPartner.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("body").GetString()).ToList();
        Assert.Contains("Upload the PEM file, not the DER one.", bodies);
        Assert.DoesNotContain("Third time this month: FAQ candidate.", bodies);
        Assert.Equal((int)TicketStatus.WaitingOnPartner, seenByPartner.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task TimeEntries_AddUpToTheTicketsSupportMinutes()
    {
        await factory.WaitForStartupWorkAsync();
        var acme = await factory.SignInAsPartnerAsync();
        var created = await acme.PostAsJsonAsync("/api/tickets", new { subject = "How do we rotate our client secret?" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var support = await factory.SignInAsync("support@demo.local");
        foreach (var minutes in new[] { 15, 30, 45 })
        {
            (await support.PostAsJsonAsync($"/api/tickets/{id}/time", new { minutes, note = "call" })).EnsureSuccessStatusCode();
        }

        var refused = await support.PostAsJsonAsync($"/api/tickets/{id}/time", new { minutes = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        (await support.PostAsJsonAsync($"/api/tickets/{id}/time", new { minutes = 20, note = "yesterday's call", day = today.AddDays(-1) })).EnsureSuccessStatusCode();
        var tomorrow = await support.PostAsJsonAsync($"/api/tickets/{id}/time", new { minutes = 20, day = today.AddDays(1) });
        Assert.Equal(HttpStatusCode.BadRequest, tomorrow.StatusCode);
        Assert.Contains("not come yet", await tomorrow.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var ticket = await (await support.GetAsync($"/api/tickets/{id}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(110, ticket.GetProperty("totalMinutes").GetInt32());
        var stored = await factory.WithDatabaseAsync(db => db.TimeEntries.Where(t => t.TicketId == id).SumAsync(t => t.Minutes));
        Assert.Equal(110, stored);
        var late = await factory.WithDatabaseAsync(db => db.TimeEntries.Where(t => t.TicketId == id && t.Note == "yesterday's call").Select(t => t.At).SingleAsync());
        Assert.Equal(new DateTimeOffset(today.AddDays(-1).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), late);
        var partnerTime = await acme.PostAsJsonAsync($"/api/tickets/{id}/time", new { minutes = 10 });
        Assert.True(partnerTime.StatusCode == HttpStatusCode.Forbidden, await partnerTime.Content.ReadAsStringAsync());
    }

    private static async Task<List<JsonElement>> ListAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/tickets")).EnumerateArray()];
}
