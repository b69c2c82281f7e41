using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Docs;
using Portal.Domain.Tenancy;
using Portal.Infrastructure.Persistence;
using Portal.Tests.Infrastructure;
using Portal.Web.Cli;

namespace Portal.Tests.Integration;

public sealed class ImportingDocsFromTheCommandLineTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "portal-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly string _docs = Path.Combine(Path.GetTempPath(), "portal-cli-docs", Guid.NewGuid().ToString("N"));

    public ImportingDocsFromTheCommandLineTests()
    {
        Directory.CreateDirectory(Path.Combine(_docs, "payments"));
        File.WriteAllText(Path.Combine(_docs, "README.md"), "# Home\n\nSee [payments](payments/README.md) and [gone](gone.md).\n");
        File.WriteAllText(Path.Combine(_docs, "payments", "README.md"), "# Payments\n\nSend a domestic payment with an idempotency key.\n");
    }

    [Fact]
    public async Task ImportDocs_Folder_PrintsTheSummaryIndexesTheVersionAndExitsZero()
    {
        var (exit, output, error) = await RunAsync("import-docs", _docs, "--version", "v1", $"--Portal:DataDirectory={_dataDirectory}");

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^v1: 2 added, 0 changed, 0 unchanged, 0 removed, 1 warnings in \d+\.\d\d s$", lines[0].TrimEnd());
        Assert.Equal("Search index updated: 2 sections of v1.", lines[1].TrimEnd());
    }

    [Fact]
    public async Task SearchBatch_AfterImport_AnswersOneJsonLinePerQueryInOrder()
    {
        await RunAsync("import-docs", _docs, "--version", "v1", $"--Portal:DataDirectory={_dataDirectory}");
        var queries = Path.Combine(_dataDirectory, "queries.txt");
        File.WriteAllText(queries, "payments\n\n\"unbalanced AND (\n" + new string('x', 3000) + "\n");

        var (exit, output, error) = await RunAsync("search", "--batch", queries, "--version", "v1", $"--Portal:DataDirectory={_dataDirectory}");

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal("payments", lines[0].GetProperty("query").GetString());
        var hit = lines[0].GetProperty("hits")[0];
        Assert.Equal(("doc", "v1", "payments"), (hit.GetProperty("kind").GetString(), hit.GetProperty("version").GetString(), hit.GetProperty("path").GetString()));
        Assert.True(lines[0].GetProperty("elapsedMs").GetDouble() >= 0);
        Assert.Equal("empty line", lines[1].GetProperty("error").GetString());
        Assert.True(lines[2].TryGetProperty("hits", out _));
        Assert.Contains("longer than", lines[3].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportDocs_SameFolderTwice_ReportsEverythingUnchanged()
    {
        await RunAsync("import-docs", _docs, "--version", "v1", $"--Portal:DataDirectory={_dataDirectory}");

        var (exit, output, _) = await RunAsync("import-docs", _docs, $"--Portal:DataDirectory={_dataDirectory}", "--version=v1", "--list-warnings");

        Assert.Equal(0, exit);
        Assert.StartsWith("v1: 0 added, 0 changed, 2 unchanged, 0 removed, 1 warnings", output, StringComparison.Ordinal);
        Assert.Contains("warning: README.md: link 'gone.md' points to a page that does not exist", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportDocs_RealOpenBankingVersion_ImportsEveryPage()
    {
        var folder = Corpora.OpenBankingDocs("v3.1.11");
        var files = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories).Length;

        var (exit, output, error) = await RunAsync("import-docs", folder, "--version", "v3.1.11", $"--Portal:DataDirectory={_dataDirectory}");

        Assert.True(exit == 0, error);
        Assert.StartsWith($"v3.1.11: {files} added, 0 changed, 0 unchanged, 0 removed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportDocs_MissingVersion_ExplainsAndExitsNonZero()
    {
        var (exit, output, error) = await RunAsync("import-docs", _docs, $"--Portal:DataDirectory={_dataDirectory}");

        Assert.Equal(2, exit);
        Assert.Contains("--version <label> is missing", error, StringComparison.Ordinal);
        Assert.Contains("Usage: dotnet run --project Portal.Web -- import-docs <dir> --version <label>", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task ImportDocs_InvalidVersionLabel_ExplainsAndExitsNonZero()
    {
        var (exit, _, error) = await RunAsync("import-docs", _docs, "--version", "v1/../x", $"--Portal:DataDirectory={_dataDirectory}");

        Assert.Equal(2, exit);
        Assert.Contains("is not a version label", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportDocs_NoDirectoryGiven_ExplainsAndExitsNonZero()
    {
        var (exit, _, error) = await RunAsync("import-docs", "--version", "v1", $"--Portal:DataDirectory={_dataDirectory}");

        Assert.Equal(2, exit);
        Assert.Contains("the directory to import is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportDocs_DirectoryThatDoesNotExist_ExplainsAndExitsNonZero()
    {
        var missing = Path.Combine(_docs, "no-such-folder");

        var (exit, _, error) = await RunAsync("import-docs", missing, "--version", "v1", $"--Portal:DataDirectory={_dataDirectory}");

        Assert.Equal(1, exit);
        Assert.Contains($"no such directory: {missing}", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportDocs_AllVersions_ImportsEachFolderDescribedByVersionsJson()
    {
        var root = Path.Combine(_docs, "versions");
        foreach (var version in (string[])["v1", "v2"])
        {
            Directory.CreateDirectory(Path.Combine(root, version));
            await File.WriteAllTextAsync(Path.Combine(root, version, "README.md"), $"# API {version}\n");
        }

        Directory.CreateDirectory(Path.Combine(root, "not a label"));
        await File.WriteAllTextAsync(
            Path.Combine(root, "versions.json"),
            """[{ "label": "v1", "title": "Open Banking API v1", "status": "deprecated", "sunset": "2027-06-30" }, { "label": "v2", "status": "beta" }]""");

        // The flag comes right before a configuration switch: the switch must still reach the host.
        var (exit, output, error) = await RunAsync("import-docs", root, "--all-versions", $"--Portal:DataDirectory={_dataDirectory}");

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("v1: 1 added", lines[0], StringComparison.Ordinal);
        Assert.Equal("Search index updated: 1 sections of v1.", lines[1]);
        Assert.StartsWith("v2: 1 added", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("2 versions: 2 added, 0 changed, 0 unchanged, 0 removed, 0 warnings", lines[4], StringComparison.Ordinal);
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={Path.Combine(_dataDirectory, "portal.db")}").Options;
        await using var db = new SqlitePortalDbContext(options, SystemTenantContext.Instance);
        var versions = await db.DocVersions.OrderBy(v => v.Label).Select(v => new { v.Label, v.Title, v.Status }).ToListAsync();
        Assert.Equal(
            [new { Label = "v1", Title = "Open Banking API v1", Status = DocVersionStatus.Deprecated }, new { Label = "v2", Title = "v2", Status = DocVersionStatus.Beta }],
            versions);
    }

    [Fact]
    public async Task Help_ListsImportDocs()
    {
        var (_, output, _) = await RunAsync("--help");

        Assert.Contains("import-docs <dir> --version <label>", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var directory in (string[])[_dataDirectory, _docs])
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
