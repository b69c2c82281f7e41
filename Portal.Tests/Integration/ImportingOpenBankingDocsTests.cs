using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Importing;
using Portal.Infrastructure.Markdown;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>Two real Open Banking versions (VuePress Markdown, raw HTML, big tables, names with spaces) imported once for the class.</summary>
public sealed class ImportingOpenBankingDocsTests(ImportingOpenBankingDocsTests.TwoVersions imported) : IClassFixture<ImportingOpenBankingDocsTests.TwoVersions>
{
    [Theory]
    [InlineData("v3.1.2")]
    [InlineData("v4.0")]
    public async Task ImportAsync_RealVersion_MakesOnePagePerMarkdownFile(string version)
    {
        var files = Directory.GetFiles(Corpora.OpenBankingDocs(version), "*.md", SearchOption.AllDirectories).Length;

        var pages = await imported.Factory.WithDatabaseAsync(db =>
            db.DocPages.CountAsync(p => db.DocVersions.Any(v => v.Id == p.VersionId && v.Label == version) && p.RemovedAt == null));

        Assert.Equal(files, pages);
        Assert.Equal(files, imported.Results[version].Added);
        Assert.Equal(0, imported.Results[version].Changed + imported.Results[version].Removed);
    }

    [Fact]
    public async Task ImportAsync_FolderReadmes_AreTheFoldersAndTheRootIsTheEmptyPath()
    {
        var paths = await PathsAsync("v4.0");

        Assert.Contains("", paths);
        Assert.Contains("resources-and-data-models/pisp", paths);
        Assert.Contains("resources-and-data-models/pisp/domestic-payments", paths);
        Assert.DoesNotContain(paths, p => p.EndsWith("README", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_FileNamesWithSpaces_KeepThem()
    {
        var paths = await PathsAsync("v3.1.2");

        Assert.Contains("references/usage examples/Domestic Payment Usage Examples", paths);
    }

    [Fact]
    public async Task ImportAsync_KnownPage_HasItsTitleAndHeadingAnchors()
    {
        var doc = await RenderAsync("v4.0", "resources-and-data-models/pisp/domestic-payments");

        Assert.Equal("Domestic Payments - v4.0", doc.Title);
        Assert.Contains("<h2 id=\"overview\">", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"post-domestic-payments\">", doc.Html, StringComparison.Ordinal);
        // The page's own hand-written table of contents links to these anchors.
        Assert.Contains("<a href=\"#post-domestic-payments\">", doc.Html, StringComparison.Ordinal);
        Assert.Contains(new TocEntry(2, "Data Model", "data-model"), doc.Toc);
        Assert.Contains(doc.Sections, s => s.Anchor == "post-domestic-payments" && s.Heading == "POST /domestic-payments");
    }

    [Fact]
    public async Task ImportAsync_LinkBetweenPages_IsRewrittenToThePortalUrl()
    {
        var home = await RenderAsync("v4.0", "");
        var profile = await RenderAsync("v3.1.2", "references/usage examples");

        Assert.Contains("href=\"/docs/v4.0/version-control\"", home.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/docs/v3.1.2/references/usage%20examples/Domestic%20Payment%20Usage%20Examples\"", profile.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_RawHtmlInTheCorpus_SurvivesSanitised()
    {
        var doc = await RenderAsync("v4.0", "profiles/file-payments-api-profile");

        Assert.Contains("<details>", doc.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", doc.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ImportAsync_SameVersionAgain_ChangesNothingAndAddsNoRevision()
    {
        var revisionsBefore = await imported.Factory.WithDatabaseAsync(db => db.DocRevisions.CountAsync());

        var again = await imported.Factory.ImportDocsAsync(Corpora.OpenBankingDocs("v4.0"), "v4.0");

        Assert.Equal(imported.Results["v4.0"].Added, again.Unchanged);
        Assert.Equal((0, 0, 0), (again.Added, again.Changed, again.Removed));
        Assert.Equal(revisionsBefore, await imported.Factory.WithDatabaseAsync(db => db.DocRevisions.CountAsync()));
    }

    private Task<List<string>> PathsAsync(string version) =>
        imported.Factory.WithDatabaseAsync(db => db.DocPages
            .Where(p => db.DocVersions.Any(v => v.Id == p.VersionId && v.Label == version))
            .Select(p => p.Path)
            .ToListAsync());

    private async Task<RenderedDoc> RenderAsync(string version, string path)
    {
        var (page, markdown, known) = await imported.Factory.WithDatabaseAsync(async db =>
        {
            var versionId = await db.DocVersions.Where(v => v.Label == version).Select(v => v.Id).SingleAsync();
            var page = await db.DocPages.AsNoTracking().SingleAsync(p => p.VersionId == versionId && p.Path == path);
            var markdown = await db.DocRevisions.Where(r => r.Id == page.CurrentRevisionId).Select(r => r.Markdown).SingleAsync();
            var known = await db.DocPages.Where(p => p.VersionId == versionId && p.RemovedAt == null).Select(p => p.Path).ToListAsync();
            return (page, markdown, known);
        });
        var cache = imported.Factory.Services.GetRequiredService<RenderedDocCache>();
        return cache.GetOrRender(page.CurrentRevisionId!.Value, markdown, new DocRenderContext(version, page.SourceFile, new KnownDocPages(known)));
    }

    public sealed class TwoVersions : IAsyncLifetime
    {
        public PortalApplicationFactory Factory { get; } = new();

        public Dictionary<string, DocsImportResult> Results { get; } = [];

        public async Task InitializeAsync()
        {
            foreach (var version in (string[])["v3.1.2", "v4.0"])
            {
                Results[version] = await Factory.ImportDocsAsync(Corpora.OpenBankingDocs(version), version);
            }
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
