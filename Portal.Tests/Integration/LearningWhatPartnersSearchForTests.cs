using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Persistence;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>Searches people run are recorded, and staff see on /search-insights what finds nothing.</summary>
public sealed class LearningWhatPartnersSearchForTests(PortalApplicationFactory factory) : IClassFixture<PortalApplicationFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.WaitForStartupWorkAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PartnerSearches_ThatFindNothing_AreListedForStaff_CountedAsOneWhateverTheCase()
    {
        var partner = await factory.SignInAsPartnerAsync();
        await partner.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("xyzzyplugh frobnitzing") + "&version=v2");
        await partner.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("Xyzzyplugh   FROBNITZING") + "&version=v2");
        await partner.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("idempotency key") + "&version=v2");

        var staff = await factory.SignInAsync("support@demo.local");
        var page = WebUtility.HtmlDecode(await staff.GetStringAsync("/search-insights"));

        var notFound = Section(page, "insights-not-found");
        Assert.Contains("Xyzzyplugh FROBNITZING", notFound, StringComparison.Ordinal); // the latest spelling, whitespace folded
        Assert.Contains("href=\"/faq-edit?question=Xyzzyplugh%20FROBNITZING\"", notFound, StringComparison.Ordinal);
        Assert.DoesNotContain("idempotency key", notFound, StringComparison.Ordinal);
        Assert.Contains("idempotency key", Section(page, "insights-top"), StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<PortalDbContextFactory>().CreateSystemDbContext();
        var recorded = await db.SearchLog.Where(e => e.NormalizedQuery == "xyzzyplugh frobnitzing").ToListAsync();
        Assert.Equal(2, recorded.Count);
        Assert.All(recorded, e => Assert.Equal((0, "v2"), (e.Hits, e.Version)));
        Assert.All(recorded, e => Assert.NotNull(e.PartnerId));
    }

    [Fact]
    public async Task AHugeQuery_IsRefusedAndNotRecorded_AndAnEmptyOneIsNotRecorded()
    {
        var client = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<PortalDbContextFactory>().CreateSystemDbContext();
        var before = await db.SearchLog.CountAsync();

        var huge = await client.GetAsync("/api/search?q=" + new string('a', 5000));
        await client.GetStringAsync("/api/search?q=%20%20");

        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Equal(before, await db.SearchLog.CountAsync());
    }

    [Fact]
    public async Task OpeningAResult_IsNotedOnTheSearchersOwnSearchOnly_AndFollowsOnlyLocalAddresses()
    {
        var acmeDev = await factory.SignInAsPartnerAsync();
        var globexDev = await factory.SignInAsync("dev@globex.demo.local");
        var acmeUserId = await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Email == "dev@acme.demo.local").Select(u => u.Id).SingleAsync());
        var search = new Portal.Domain.Search.SearchLogEntry("how to retry a payment", "v2", 12, acmeUserId, null, DateTimeOffset.UtcNow);
        await factory.WithDatabaseAsync(async db =>
        {
            db.SearchLog.Add(search);
            return await db.SaveChangesAsync();
        });
        var target = "/docs/v2/payments/domestic-payments#idempotency";

        var elsewhere = await globexDev.GetAsync($"/search/open?search={search.Id}&rank=1&to=//evil.example/phish");
        var someoneElses = await globexDev.GetAsync($"/search/open?search={search.Id}&rank=1&to={Uri.EscapeDataString(target)}");
        var own = await acmeDev.GetAsync($"/search/open?search={search.Id}&rank=3&to={Uri.EscapeDataString(target)}");
        await acmeDev.GetAsync($"/search/open?search={search.Id}&rank=1&to={Uri.EscapeDataString(target)}"); // back, then the first: the first opening counts

        Assert.Equal("/search", elsewhere.Headers.Location?.OriginalString);
        Assert.Equal(target, someoneElses.Headers.Location?.OriginalString);
        Assert.Equal(target, own.Headers.Location?.OriginalString);
        var stored = await factory.WithDatabaseAsync(db => db.SearchLog.AsNoTracking().SingleAsync(e => e.Id == search.Id));
        Assert.Equal((3, "/docs/v2/payments/domestic-payments"), (stored.OpenedRank, stored.OpenedUrl));

        var staff = await factory.SignInAsync("support@demo.local");
        var page = WebUtility.HtmlDecode(await staff.GetStringAsync("/search-insights"));
        Assert.Contains("how to retry a payment", Section(page, "insights-opened-lower"), StringComparison.Ordinal);
    }

    /// <summary>The markup of the element carrying <paramref name="testId"/>, up to the next data-test table.</summary>
    private static string Section(string page, string testId)
    {
        var start = page.IndexOf($"data-test=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page has no {testId}.");
        var end = page.IndexOf("data-test=\"insights-", start + testId.Length, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }
}
