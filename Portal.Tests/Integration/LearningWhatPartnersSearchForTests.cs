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

    /// <summary>The markup of the element carrying <paramref name="testId"/>, up to the next data-test table.</summary>
    private static string Section(string page, string testId)
    {
        var start = page.IndexOf($"data-test=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page has no {testId}.");
        var end = page.IndexOf("data-test=\"insights-", start + testId.Length, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }
}
