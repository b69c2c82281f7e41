using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Search;
using Portal.Tests.Infrastructure;
using Portal.Web.Features.Docs;
using Portal.Web.Features.Search;

namespace Portal.Tests.Integration;

/// <summary>The portal's own content/ docs, imported at start, read and searched through the real pipeline.</summary>
public sealed class ReadingAndSearchingOurDocsTests(PortalApplicationFactory factory) : IClassFixture<PortalApplicationFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.WaitForStartupWorkAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task DocPage_RendersAnchorsTocAndOtherVersions()
    {
        var page = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/docs/v2/payments/domestic-payments"));

        Assert.Contains("<h2 id=\"idempotency\">Idempotency</h2>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/docs/v2/payments/domestic-payments#payment-status-lifecycle\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/docs/v1/payments/domestic-payments\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-test=\"deprecated-banner\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeprecatedVersion_IsBanneredAndPointsToTheCurrentPage()
    {
        var page = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/docs/v1/payments/domestic-payments"));

        Assert.Contains("data-test=\"deprecated-banner\"", page, StringComparison.Ordinal);
        Assert.Contains("Version v1 is deprecated and stops working on", page, StringComparison.Ordinal);
        Assert.Contains("2027", page, StringComparison.Ordinal); // the sunset date from content/docs/versions.json
    }

    [Fact]
    public async Task MissingDocPage_IsNotFound()
    {
        var response = await factory.CreateClient().GetAsync("/docs/v2/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Search_ByIdentifier_FindsThePaymentsSection()
    {
        var hits = await SearchAsync("NWWriteDomestic2", version: "v2");

        Assert.Equal(("payments/domestic-payments", "v2"), (hits[0].Path, hits[0].Version));
        Assert.Contains(hits, h => h.Snippet.Contains("<mark>NWWriteDomestic", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_ByAPartOfAnIdentifier_FindsIt()
    {
        var hits = await SearchAsync("idempotency key", version: "v2");

        Assert.Contains(hits.Take(3), h => h.Path == "payments/domestic-payments" && h.Anchor == "idempotency");
    }

    [Fact]
    public async Task Search_ByAChinesePhrase_FindsTheChineseSection()
    {
        var hits = await SearchAsync("幂等键");

        Assert.Contains(hits.Take(3), h => h.Path == "zh/payments/domestic-payments");
    }

    [Fact]
    public async Task Search_WithAVersionFilter_ReturnsOnlyThatVersion()
    {
        var v1 = await SearchAsync("payment consent", version: "v1");

        // Doc sections of v1 only; FAQ entries without a version hold for every version.
        Assert.Contains(v1, h => h.Kind == SearchKinds.Doc);
        Assert.All(v1, h => Assert.True(h.Version == "v1" || (h.Kind == SearchKinds.Faq && h.Version == ""), $"{h.Kind} {h.Title} is in {h.Version}"));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("AND OR NOT")]
    [InlineData("a:b:c [x TO")]
    [InlineData("*")]
    [InlineData("((((")]
    [InlineData("🙂 payments")]
    public async Task Search_WithLuceneSyntaxOrGarbage_NeverFails(string query)
    {
        var response = await factory.CreateClient().GetAsync($"/api/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Search_WithATypo_StillFindsThePage()
    {
        var hits = await SearchAsync("idempotancy", version: "v2");

        Assert.Contains(hits, h => h.Path == "payments/domestic-payments");
    }

    [Fact]
    public async Task Search_FindsFaqEntries_AndOpensThemOnTheFaqPage()
    {
        var hits = (await factory.CreateClient().GetFromJsonAsync<List<SearchHit>>("/api/search?q=invitation%20code%20rejected&kind=faq"))!;

        var hit = Assert.Single(hits, h => h.Title == "My invitation code is rejected as not valid. What can I do?");
        Assert.Equal(SearchKinds.Faq, hit.Kind);
        var faqPage = await factory.CreateClient().GetStringAsync(SearchLinks.For(hit));
        Assert.Contains("data-test=\"faq-entry\"", faqPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithAHugeQuery_IsRefusedWithAReason()
    {
        var response = await factory.CreateClient().GetAsync($"/api/search?q={new string('a', 5000)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditByStaff_MakesANewRevision_AndSearchFindsTheNewTextAtOnce()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var docs = scope.ServiceProvider.GetRequiredService<DocsService>();
        var page = (await docs.GetPageAsync("v2", "webhooks"))!;
        var markdown = await docs.RevisionMarkdownAsync(page.RevisionId);

        await docs.SaveAsync(page.Id, markdown + "\n\n## Quokka deliveries\n\nWebhooks about quokkas arrive hourly.\n", "support-user");

        var after = (await docs.GetPageAsync("v2", "webhooks"))!;
        Assert.Equal(page.RevisionNumber + 1, after.RevisionNumber);
        Assert.Contains(after.Rendered.Toc, t => t.Anchor == "quokka-deliveries");
        var hits = await SearchAsync("quokka");
        Assert.Equal(("webhooks", "quokka-deliveries"), (hits[0].Path, hits[0].Anchor));
    }

    [Fact]
    public async Task Restore_BringsBackTheEarlierTextAsANewRevision()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var docs = scope.ServiceProvider.GetRequiredService<DocsService>();
        var page = (await docs.GetPageAsync("v2", "consents"))!;
        var original = await docs.RevisionMarkdownAsync(page.RevisionId);
        await docs.SaveAsync(page.Id, "# Consents\n\nTemporarily broken.\n", "support-user");

        await docs.RestoreAsync(page.Id, page.RevisionId, "support-user");

        var history = await docs.HistoryAsync(page.Id);
        var current = (await docs.GetPageAsync("v2", "consents"))!;
        Assert.Equal(page.RevisionNumber + 2, history[0].Number);
        Assert.Equal(original, await docs.RevisionMarkdownAsync(current.RevisionId));
    }

    [Fact]
    public async Task Feedback_FromAPartner_IsStoredAndShownToStaffOnly()
    {
        DocPageView page;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var docs = scope.ServiceProvider.GetRequiredService<DocsService>();
            page = (await docs.GetPageAsync("v2", "errors"))!;
            await docs.AddFeedbackAsync(page.Id, page.RevisionId, helpful: false, "The 409 case is missing.", "partner-user");
        }

        var stored = await factory.WithDatabaseAsync(db => db.DocFeedback.Where(f => f.PageId == page.Id).ToListAsync());
        Assert.Equal("The 409 case is missing.", Assert.Single(stored).Comment);

        var support = await factory.SignInAsync("support@demo.local");
        var partner = await factory.SignInAsPartnerAsync();
        var asStaff = WebUtility.HtmlDecode(await support.GetStringAsync("/docs/v2/errors"));
        var asPartner = WebUtility.HtmlDecode(await partner.GetStringAsync("/docs/v2/errors"));
        Assert.Contains("The 409 case is missing.", asStaff, StringComparison.Ordinal);
        Assert.Contains("Feedback: 0 helpful, 1 not helpful", asStaff, StringComparison.Ordinal);
        Assert.DoesNotContain("The 409 case is missing.", asPartner, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompareVersions_ShowsTheChangedLines()
    {
        var page = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/docs-compare/errors?from=v1&to=v2"));

        Assert.Contains("portal-diff-changed", page, StringComparison.Ordinal);
        Assert.Contains("problem+json", page, StringComparison.Ordinal);
    }

    private async Task<List<SearchHit>> SearchAsync(string query, string? version = null) =>
        (await factory.CreateClient().GetFromJsonAsync<List<SearchHit>>(
            $"/api/search?q={Uri.EscapeDataString(query)}" + (version is null ? "" : $"&version={version}")))!;
}
