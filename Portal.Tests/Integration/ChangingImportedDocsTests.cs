using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Docs;
using Portal.Domain.Tenancy;
using Portal.Infrastructure.Importing;
using Portal.Infrastructure.Markdown;
using Portal.Infrastructure.Persistence;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>
/// A real version's files change between imports: each test works on its own copy and its own version label,
/// so the class can share one portal.
/// </summary>
public sealed class ChangingImportedDocsTests(PortalApplicationFactory factory) : IClassFixture<PortalApplicationFactory>, IDisposable
{
    private const string ChangedFile = "profiles/README.md";
    private const string RemovedFile = "resources-and-data-models/aisp/balances.md";

    private readonly string _folder = Corpora.CopyToTemp(Corpora.OpenBankingDocs("v3.1.2"));

    [Fact]
    public async Task ImportAsync_OneFileChanged_MakesExactlyOneNewRevision()
    {
        var first = await factory.ImportDocsAsync(_folder, "t-changed");
        await File.AppendAllTextAsync(Path.Combine(_folder, ChangedFile), "\n\nOne more paragraph.\n");

        var second = await factory.ImportDocsAsync(_folder, "t-changed");

        Assert.Equal((0, 1, first.Added - 1, 0), (second.Added, second.Changed, second.Unchanged, second.Removed));
        var state = await StateAsync("t-changed");
        Assert.Equal(first.Added + 1, state.Revisions);
        Assert.Equal(2, state.Pages["profiles"].RevisionCount);
        Assert.All(state.Pages.Values.Where(p => p.Path != "profiles"), p => Assert.Equal(1, p.RevisionCount));
    }

    [Fact]
    public async Task ImportAsync_FileRemoved_MarksThePageRemovedAndKeepsIt()
    {
        var first = await factory.ImportDocsAsync(_folder, "t-removed");
        var content = await File.ReadAllTextAsync(Path.Combine(_folder, RemovedFile));
        File.Delete(Path.Combine(_folder, RemovedFile));

        var second = await factory.ImportDocsAsync(_folder, "t-removed");

        Assert.Equal((0, 0, first.Added - 1, 1), (second.Added, second.Changed, second.Unchanged, second.Removed));
        var page = (await StateAsync("t-removed")).Pages["resources-and-data-models/aisp/balances"];
        Assert.NotNull(page.RemovedAt);
        Assert.NotNull(page.CurrentRevisionId);

        await File.WriteAllTextAsync(Path.Combine(_folder, RemovedFile), content);
        var third = await factory.ImportDocsAsync(_folder, "t-removed");

        Assert.Equal((1, 0, 0), (third.Added, third.Changed, third.Removed));
        page = (await StateAsync("t-removed")).Pages["resources-and-data-models/aisp/balances"];
        Assert.Null(page.RemovedAt);
        Assert.Equal(1, page.RevisionCount);
    }

    [Fact]
    public async Task ImportAsync_CancelledHalfWay_LeavesThePreviousStateIntact()
    {
        await factory.ImportDocsAsync(_folder, "t-cancelled");
        var before = await StateAsync("t-cancelled");
        ChangeChangeAndRemove();
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Stage == DocsImportStage.Rendering && p.Done == 20)
            {
                cancellation.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => factory.ImportDocsAsync(_folder, "t-cancelled", progress, cancellation.Token));

        Assert.Equivalent(before, await StateAsync("t-cancelled"), strict: true);
    }

    [Fact]
    public async Task ImportAsync_DatabaseFailsAfterSomeWrites_RollsEverythingBack()
    {
        await factory.ImportDocsAsync(_folder, "t-crashed");
        var before = await StateAsync("t-crashed");
        ChangeChangeAndRemove();
        var failing = new FailOnRevisionInsert();
        var importer = ImporterWith(failing);

        var crash = await Assert.ThrowsAsync<DbUpdateException>(() => importer.ImportAsync(_folder, "t-crashed"));

        Assert.Equal(FailOnRevisionInsert.Message, crash.InnerException?.Message);
        Assert.True(failing.WritesBeforeFailure > 0, "The failure should come after the import had written something.");
        Assert.Equivalent(before, await StateAsync("t-crashed"), strict: true);
    }

    [Fact]
    public async Task ImportAsync_NewVersionFailsHalfWay_LeavesNoTrace()
    {
        var importer = ImporterWith(new FailOnRevisionInsert());

        await Assert.ThrowsAsync<DbUpdateException>(() => importer.ImportAsync(_folder, "t-never"));

        Assert.False(await factory.WithDatabaseAsync(db => db.DocVersions.AnyAsync(v => v.Label == "t-never")));
    }

    [Fact]
    public async Task ImportAsync_SameTextWithCrlfAndBom_IsUnchanged()
    {
        await factory.ImportDocsAsync(_folder, "t-crlf");
        var path = Path.Combine(_folder, ChangedFile);
        var text = (await File.ReadAllTextAsync(path)).Replace("\n", "\r\n", StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var second = await factory.ImportDocsAsync(_folder, "t-crlf");

        Assert.Equal(0, second.Changed);
    }

    [Fact]
    public async Task ImportAsync_FileThatIsNotUtf8_IsImportedWithAWarning()
    {
        await File.WriteAllBytesAsync(Path.Combine(_folder, "latin one.md"), [.. "# Caf"u8, 0xE9, .. " cr\u00e8me\n"u8]);

        var result = await factory.ImportDocsAsync(_folder, "t-latin");

        Assert.Contains(result.Warnings, w => w.Contains("latin one.md: not valid UTF-8", StringComparison.Ordinal));
        var title = await factory.WithDatabaseAsync(db => db.DocPages.Where(p => p.Path == "latin one").Select(p => p.Title).FirstAsync());
        Assert.StartsWith("Café", title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_MissingDirectory_SaysSo()
    {
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => factory.ImportDocsAsync(Path.Combine(_folder, "nope"), "t-missing"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // One change, one removal and one new file: every kind of write an import makes.
    private void ChangeChangeAndRemove()
    {
        File.AppendAllText(Path.Combine(_folder, ChangedFile), "\n\nChanged.\n");
        File.Delete(Path.Combine(_folder, RemovedFile));
        File.WriteAllText(Path.Combine(_folder, "new-page.md"), "# New page\n");
    }

    private DocsImporter ImporterWith(IInterceptor interceptor)
    {
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>()
            .UseSqlite($"Data Source={Path.Combine(factory.DataDirectory, "portal.db")}")
            .AddInterceptors(interceptor)
            .Options;
        var contexts = new PortalDbContextFactory(tenant => new SqlitePortalDbContext(options, tenant), SystemTenantContext.Instance);
        var renderer = new MarkdownRenderer();
        return new DocsImporter(contexts, renderer, new RenderedDocCache(renderer), TimeProvider.System, NullLogger<DocsImporter>.Instance);
    }

    private Task<VersionState> StateAsync(string version) => factory.WithDatabaseAsync(async db =>
    {
        var versionId = await db.DocVersions.Where(v => v.Label == version).Select(v => v.Id).SingleAsync();
        var pages = await db.DocPages.AsNoTracking().Where(p => p.VersionId == versionId).ToListAsync();
        var pageIds = pages.Select(p => p.Id).ToList();
        var revisions = await db.DocRevisions.CountAsync(r => pageIds.Contains(r.PageId));
        return new VersionState(pages.ToDictionary(p => p.Path), revisions);
    });

    private sealed record VersionState(Dictionary<string, DocPage> Pages, int Revisions);

    private sealed class SynchronousProgress(Action<DocsImportProgress> report) : IProgress<DocsImportProgress>
    {
        public void Report(DocsImportProgress value) => report(value);
    }

    /// <summary>Lets the import write pages, then fails the first revision insert, as a full disk or a lost connection would.</summary>
    private sealed class FailOnRevisionInsert : DbCommandInterceptor
    {
        public const string Message = "Injected failure while writing revisions.";

        public int WritesBeforeFailure { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Check(DbCommand command)
        {
            if (command.CommandText.Contains("INSERT INTO \"DocRevisions\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException(Message);
            }

            if (command.CommandText.Contains("INSERT INTO", StringComparison.Ordinal) || command.CommandText.Contains("UPDATE \"DocPages\"", StringComparison.Ordinal))
            {
                WritesBeforeFailure++;
            }
        }
    }
}
