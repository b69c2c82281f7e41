using System.Diagnostics;
using System.Globalization;
using Portal.Domain.Docs;
using Portal.Domain.Tenancy;
using Portal.Infrastructure;
using Portal.Infrastructure.Importing;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Search;

namespace Portal.Web.Cli;

/// <summary>
/// <c>dotnet run --project Portal.Web -- &lt;command&gt;</c>: runs one command against the configured
/// database and index instead of starting the server. A stable contract: see DESIGN.md.
/// </summary>
public static partial class CommandLine
{
    private sealed record Command(string Name, string Usage, string Description, Func<IServiceProvider, string[], TextWriter, Task<int>> RunAsync);

    private static readonly Command[] Commands =
    [
        new("migrate", "migrate", "Applies pending database migrations (the way to migrate SQL Server; SQLite also migrates at start).", MigrateAsync),
        new("import-docs", "import-docs <dir> --version <label>", "Imports every Markdown file under <dir> as the pages of doc version <label>; unchanged files make no new revision. --all-versions instead imports each folder of <dir> as the version it is named after (versions.json beside them gives titles and status). --list-warnings prints each warning after the summary.", ImportDocsAsync),
        new("search", "search --batch <file> [--version <label>] [--top N]", "One query per line in, one JSON object per line out: query, hits (kind, title, version, path, anchor, score, snippet), elapsedMs.", SearchBatchAsync),
        new("import-faq", "import-faq <path>", "Imports FAQ entries from a Markdown file or folder (a question heading, the answer below it) or CSV text,category (one entry per category, its rows the phrasings); re-importing changes nothing.", ImportFaqAsync),
        new("ask", "ask --batch <file> [--version <label>]", "One question per line in, one JSON object per line out: question, answered, confidence, faq (key, question) or null, sources (kind, title, version, path, anchor), answer, elapsedMs.", AskBatchAsync),
        new("benchmark-assistant", "benchmark-assistant --train <csv> --test <csv> [--kb <dir>] [--questions <tsv>]", "In memory: trains on BANKING77 train.csv, reports test.csv top-1 and p50/p99 per question (BM25 alone and with the classifier), then the Open Banking knowledge base against Portal.Tests/Benchmarks/open-banking-kb-questions.tsv (top-1, off-topic wrongly answered).", BenchmarkAssistantAsync),
        new("reindex", "reindex", "Rebuilds the search index from the database (stop the portal first: the index has one writer).", ReindexAsync),
        new("benchmark-docs", "benchmark-docs --corpus <dir> [--queries <file>[@<version>]]... [--version <label>] [--rounds N] [--index rebuild|per-version] [--misses]", "Imports every version folder under <dir> and reports import+index time, search latency (p50/p95/p99, one and two threads) and MRR@10 of each --queries relevance set (query<TAB>page path; default the held-out Portal.Tests/Benchmarks/open-banking-heldout-queries-v4.0.tsv) on its @version or --version (default v4.0); --misses lists the queries whose page was not first (development sets only). Needs an empty data directory: add --Portal:DataDirectory=/tmp/bench-$$ and build with -c Release.", BenchmarkDocsAsync),
    ];

    private static readonly string[] HelpWords = ["help", "--help", "-h", "-?"];

    /// <summary>A first argument that is a word (not an option like --urls) names a command.</summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (HelpWords.Contains(args[0]) || !args[0].StartsWith('-'));

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        if (HelpWords.Contains(args[0]))
        {
            await WriteHelpAsync(output);
            return 0;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            await error.WriteLineAsync($"Unknown command '{args[0]}'. Run with --help to see the commands.");
            return 2;
        }

        try
        {
            var builder = WebApplication.CreateBuilder(HostArguments(args[1..]));
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            // Configuration (appsettings: Default Information) would override the minimum level, and the console log
            // shares stdout with the command's output; a provider rule wins over the configured category rules.
            builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
            builder.AddPortalInfrastructure();
            builder.AddPortalJobDependencies();
            // Identity's SignInManager (registered by the infrastructure) needs the authentication services, which the
            // web host adds with its cookies. Without them a Development host (dotnet run's launch profile) fails
            // its container validation before any command runs.
            builder.Services.AddAuthentication();
            // Commands are system work: they see every partner's data.
            builder.Services.AddSingleton<ITenantContext>(SystemTenantContext.Instance);
            await using var app = builder.Build();
            await using var scope = app.Services.CreateAsyncScope();
            return await command.RunAsync(scope.ServiceProvider, args[1..], output);
        }
        catch (CommandUsageException e)
        {
            await error.WriteLineAsync($"{command.Name}: {e.Message}");
            await error.WriteLineAsync($"Usage: dotnet run --project Portal.Web -- {command.Usage}");
            return 2;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            await error.WriteLineAsync($"{command.Name}: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// The configuration switches among a command's arguments (<c>--Key=Value</c>, <c>--Key Value</c>). A command's
    /// positional arguments and value-less flags stay out: the host would read an absolute path such as
    /// <c>/data/docs</c> as a <c>/Key</c> switch, and any switch without a value, and take the next argument,
    /// a <c>--Portal:DataDirectory=…</c> included, as its value.
    /// </summary>
    private static string[] HostArguments(string[] args)
    {
        var kept = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith('-'))
            {
                continue;
            }

            if (args[i].Contains('=', StringComparison.Ordinal))
            {
                kept.Add(args[i]);
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith('-'))
            {
                kept.Add(args[i]);
                kept.Add(args[++i]);
            }

            // Otherwise a flag of the command (--all-versions): the host would take the next switch as its value.
        }

        return [.. kept];
    }

    private static async Task WriteHelpAsync(TextWriter output)
    {
        await output.WriteLineAsync("Usage: dotnet run --project Portal.Web -- <command> [options]");
        await output.WriteLineAsync("       dotnet run --project Portal.Web            (starts the portal)");
        await output.WriteLineAsync();
        await output.WriteLineAsync("Commands:");
        foreach (var command in Commands)
        {
            await output.WriteLineAsync($"  {command.Usage,-40} {command.Description}");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync("Configuration (appsettings.json, environment variables such as Portal__DataDirectory, or --Key=Value):");
        await output.WriteLineAsync("  Portal:DataDirectory     where the SQLite database, index and mail pickup folder live (default App_Data)");
        await output.WriteLineAsync("  Database:Provider        Sqlite (default) or SqlServer, with ConnectionStrings:Portal");
    }

    private static async Task<int> MigrateAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(applyMigrations: true);
        await output.WriteLineAsync("Database is up to date.");
        return 0;
    }

    private static async Task<int> ImportDocsAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        string? directory = null;
        string? label = null;
        var listWarnings = false;
        var allVersions = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--version")
            {
                label = i + 1 < args.Length ? args[++i] : throw new CommandUsageException("--version needs a label, like --version v3.1.2.");
            }
            else if (arg.StartsWith("--version=", StringComparison.Ordinal))
            {
                label = arg["--version=".Length..];
            }
            else if (arg == "--list-warnings")
            {
                listWarnings = true;
            }
            else if (arg == "--all-versions")
            {
                allVersions = true;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                // A configuration switch (--Portal:DataDirectory=… or --Portal:DataDirectory …), read by the host.
                i += arg.Contains('=', StringComparison.Ordinal) ? 0 : 1;
            }
            else if (directory is null)
            {
                directory = arg;
            }
            else
            {
                throw new CommandUsageException($"one directory only ('{directory}', then '{arg}').");
            }
        }

        if (directory is null)
        {
            throw new CommandUsageException("the directory to import is missing.");
        }

        if (allVersions && label is not null)
        {
            throw new CommandUsageException("either --version <label> or --all-versions, not both.");
        }

        if (!allVersions && string.IsNullOrWhiteSpace(label))
        {
            throw new CommandUsageException("--version <label> is missing: which doc version do these pages belong to?");
        }

        if (label is not null && !DocVersion.IsValidLabel(label))
        {
            throw new CommandUsageException($"'{label}' is not a version label: 1 to {DocVersion.LabelMaxLength} letters, digits, dots, dashes or underscores, like v1 or v3.1.2.");
        }

        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"no such directory: {Path.GetFullPath(directory)}");
        }

        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(applyMigrations: false);
        var importer = services.GetRequiredService<DocsImporter>();
        var indexer = services.GetRequiredService<SearchIndexer>();
        var started = Stopwatch.GetTimestamp();
        IReadOnlyList<DocsImportResult> results = allVersions
            ? await importer.ImportVersionsAsync(directory)
            : [await importer.ImportAsync(directory, label!)];
        foreach (var result in results)
        {
            await output.WriteLineAsync(result.Summary);
            var sections = await indexer.ReindexVersionAsync(result.Version);
            await output.WriteLineAsync($"Search index updated: {sections} sections of {result.Version}.");
        }

        if (allVersions)
        {
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{results.Count} versions: {results.Sum(r => r.Added)} added, {results.Sum(r => r.Changed)} changed, {results.Sum(r => r.Unchanged)} unchanged, {results.Sum(r => r.Removed)} removed, {results.Sum(r => r.Warnings.Count)} warnings, imported and indexed in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.00} s"));
        }

        if (listWarnings)
        {
            foreach (var warning in results.SelectMany(r => r.Warnings))
            {
                await output.WriteLineAsync($"warning: {warning}");
            }
        }

        return 0;
    }

    /// <summary>The arguments do not make a valid call: the message says what is wrong, and the usage line follows.</summary>
    private sealed class CommandUsageException(string message) : Exception(message);
}
