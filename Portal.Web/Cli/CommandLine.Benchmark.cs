using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Docs;
using Portal.Infrastructure.Importing;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Search;
using Portal.Web.Features.Docs;

namespace Portal.Web.Cli;

/// <summary>
/// <c>benchmark-docs</c>: imports a whole corpus of doc versions into an empty data directory and measures
/// import+index time, search latency (one thread and two) and page-level search quality on a relevance set.
/// The figures behind the targets in DESIGN.md; run it in Release on a fresh <c>--Portal:DataDirectory</c>.
/// </summary>
public static partial class CommandLine
{
    /// <summary>The version the bundled relevance set (Portal.Tests/Benchmarks/open-banking-heldout-queries-v4.0.tsv) was written for.</summary>
    private const string DefaultBenchmarkVersion = "v4.0";

    private const string DefaultRelevanceFile = "Portal.Tests/Benchmarks/open-banking-heldout-queries-v4.0.tsv";
    private const int DefaultRounds = 5;
    private const int WarmUpRounds = 2;
    private const int ConcurrentThreads = 2;

    /// <summary>
    /// What partners type into the search box, besides the relevance questions: identifiers and headers,
    /// endpoint paths, short phrases, typos, whole questions, and a few inputs that must simply not fail.
    /// </summary>
    private static readonly string[] LatencyQueries =
    [
        "OBWriteDomestic2", "OBWriteDomesticConsent4", "OBReadAccount6", "OBReadTransaction6", "OBReadBalance1",
        "OBReadStatement2", "OBWriteInternational3", "OBWriteFile2", "OBRisk1", "OBSupplementaryData1",
        "OBDomesticVRPConsentRequest", "OBReadParty3", "OBReadDirectDebit2", "OBReadStandingOrder6", "OBError1",
        "x-fapi-interaction-id", "x-idempotency-key", "x-jws-signature", "x-fapi-auth-date", "x-fapi-customer-ip-address",
        "x-customer-user-agent", "UK.OBIE.SortCodeAccountNumber", "UK.OBIE.Field.Missing", "ReadTransactionsDetail", "ReadPAN",
        "CutOffDateTime", "TransactionFromDateTime", "ExternalCategoryPurpose1Code", "ConsentId", "DebtorAccount",
        "/domestic-payments", "POST /domestic-payment-consents", "GET /accounts/{AccountId}/transactions", "/funds-confirmations", "/domestic-vrp-consents",
        "/file-payment-consents/{ConsentId}/file", "DELETE /account-access-consents/{ConsentId}", "/event-subscriptions", "/callback-urls", "/statements",
        "payment order consent", "account access consent", "standing order", "scheduled payment", "international payment",
        "file payment", "variable recurring payments", "event notification", "aggregated polling", "confirmation of funds",
        "strong customer authentication", "refresh token", "client credentials", "message signing", "bad request",
        "too many requests", "date formats", "character encoding", "supplementary data", "risk scoring",
        "domestic paymnet status", "standng order consent", "internatonal payment", "benificiary", "idempotancy",
        "paginaton", "acount balances", "signiture", "tranactions filter", "vrp consnet",
        "how do I refresh an expired access token", "what is the difference between 400 and 404", "how do I cancel a standing order",
        "can I change a VRP consent after it was authorised", "what headers must a TPP send", "how long is a payment consent valid",
        "how do I find out why a payment was rejected", "which fields are mandatory in the risk block", "how to get the exchange rate for an international payment",
        "how does the bank tell me a consent was revoked", "what is the maximum page size", "do I need to encrypt the payload",
        "what happens to a consent when the token expires", "how do I get transactions older than 90 days", "what is a multi authorisation payment",
        "how to test payments in the sandbox", "which permissions do I need for statements", "what is the charge bearer for international payments",
        "can a TPP poll for events", "how do I upload a bacs file",
        "\"unbalanced quote", "payment AND OR NOT", "title:accounts^3", "*", "(((", "status:AcceptedSettlementInProcess~2",
        "查询余额", "支付接口", "ISO 20022 pain.001", "GBP 10.00",
    ];

    /// <param name="Queries">Relevance sets as given (<c>file</c> or <c>file@version</c>); the bundled set when empty.</param>
    private sealed record BenchmarkOptions(string Corpus, IReadOnlyList<string> Queries, string Version, int Rounds, bool ReindexEachVersion, bool ShowMisses)
    {
        public static BenchmarkOptions Parse(string[] args)
        {
            string? corpus = null;
            var queries = new List<string>();
            var version = DefaultBenchmarkVersion;
            var rounds = DefaultRounds;
            var reindexEach = false;
            var showMisses = false;
            for (var i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new CommandUsageException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--corpus":
                        corpus = Value();
                        break;
                    case "--queries":
                        queries.Add(Value());
                        break;
                    case "--version":
                        version = Value();
                        break;
                    case "--rounds":
                        rounds = int.TryParse(Value(), CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 1000
                            ? n
                            : throw new CommandUsageException("--rounds takes a number from 1 to 1000.");
                        break;
                    case "--misses":
                        showMisses = true;
                        break;
                    case "--index":
                        reindexEach = Value() switch
                        {
                            "rebuild" => false,
                            "per-version" => true,
                            var other => throw new CommandUsageException($"--index is 'rebuild' or 'per-version', not '{other}'."),
                        };
                        break;
                    default:
                        if (args[i].StartsWith("--", StringComparison.Ordinal) && !args[i].Contains('=', StringComparison.Ordinal))
                        {
                            i++;
                        }

                        break;
                }
            }

            return new BenchmarkOptions(
                corpus ?? throw new CommandUsageException("--corpus <dir> is missing: a folder holding one folder per doc version."),
                queries,
                version,
                rounds,
                reindexEach,
                showMisses);
        }
    }

    private static async Task<int> BenchmarkDocsAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var options = BenchmarkOptions.Parse(args);
        if (!Directory.Exists(options.Corpus))
        {
            throw new DirectoryNotFoundException($"no such directory: {Path.GetFullPath(options.Corpus)}");
        }

        var folders = Directory.GetDirectories(options.Corpus)
            .Where(d => DocVersion.IsValidLabel(Path.GetFileName(d)))
            .OrderBy(d => Path.GetFileName(d)!, VersionLabelComparer.Instance)
            .ToList();
        if (!folders.Any(f => Path.GetFileName(f) == options.Version))
        {
            throw new CommandUsageException($"the corpus has no folder '{options.Version}' for the quality run (--version).");
        }

        // A set is "file" (for --version) or "file@version": development sets may be written for other versions.
        var sets = new List<(string Version, IReadOnlyList<RelevanceJudgement> Judgements)>();
        foreach (var given in options.Queries.DefaultIfEmpty(null))
        {
            var at = given?.LastIndexOf('@') ?? -1;
            var (file, version) = at > 0 ? (given![..at], given[(at + 1)..]) : (given, options.Version);
            if (!folders.Any(f => Path.GetFileName(f) == version))
            {
                throw new CommandUsageException($"the corpus has no folder '{version}' for the relevance set {file ?? DefaultRelevanceFile}.");
            }

            sets.Add((version, RelevanceSet.Parse(await File.ReadAllTextAsync(RelevanceFile(file)))));
        }

        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(applyMigrations: false);
        await using (var db = services.GetRequiredService<PortalDbContextFactory>().CreateSystemDbContext())
        {
            // Timing a re-import would measure "unchanged" checks; and a real database must not get eleven test versions.
            if (await db.DocVersions.AnyAsync())
            {
                throw new InvalidOperationException("the data directory already holds doc versions; run on an empty one, e.g. --Portal:DataDirectory=/tmp/bench-$$.");
            }
        }

        await output.WriteLineAsync(Invariant($"benchmark-docs: {folders.Count} versions from {Path.GetFullPath(options.Corpus)}; {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(IsOptimized() ? "Release" : "Debug (figures not representative)")}"));
        await output.WriteLineAsync();
        await ImportAllAsync(services, folders, options.ReindexEachVersion, output);

        var index = services.GetRequiredService<SearchIndex>();
        var queries = LatencyQueries.Concat(sets.SelectMany(s => s.Judgements).Select(j => j.Query)).Distinct(StringComparer.Ordinal).ToArray();
        await MeasureLatencyAsync(index, queries, options.Version, options.Rounds, output);
        foreach (var (version, judgements) in sets)
        {
            await MeasureQualityAsync(index, judgements, version, options.ShowMisses, output);
        }

        if (sets.Count > 1)
        {
            var all = sets.SelectMany(s => RelevanceSet.Evaluate(index, s.Judgements, s.Version).Outcomes).ToList();
            await output.WriteLineAsync(Invariant($"All {sets.Count} sets, {all.Count} queries: MRR@{RelevanceSet.DefaultCutoff} {all.Average(o => o.Rank == 0 ? 0 : 1.0 / o.Rank):0.000}"));
        }

        return 0;
    }

    private static async Task ImportAllAsync(IServiceProvider services, List<string> folders, bool reindexEachVersion, TextWriter output)
    {
        var importer = services.GetRequiredService<DocsImporter>();
        var indexer = services.GetRequiredService<SearchIndexer>();
        await output.WriteLineAsync(Invariant($"Import and index ({(reindexEachVersion ? "reindex each version after its import" : "one rebuild after all imports")})"));
        await output.WriteLineAsync(Invariant($"  {"version",-10} {"pages",6} {"warn",5} {"read",8} {"render",8} {"save",8} {"import",8} {"index",8}"));
        var total = Stopwatch.StartNew();
        var cpuAtStart = ProcessorTime();
        var pages = 0;
        var sections = 0;
        var importing = TimeSpan.Zero;
        var indexing = TimeSpan.Zero;
        foreach (var folder in folders)
        {
            var label = Path.GetFileName(folder);
            var stages = new StageClock();
            var result = await importer.ImportAsync(folder, label, stages);
            importing += result.Elapsed;
            pages += result.Pages;
            var indexed = TimeSpan.Zero;
            if (reindexEachVersion)
            {
                var clock = Stopwatch.StartNew();
                sections += await indexer.ReindexVersionAsync(label);
                indexed = clock.Elapsed;
                indexing += indexed;
            }

            await output.WriteLineAsync(Invariant(
                $"  {label,-10} {result.Pages,6} {result.Warnings.Count,5} {Seconds(stages.Of(DocsImportStage.Reading)),8} {Seconds(stages.Of(DocsImportStage.Rendering)),8} {Seconds(stages.Of(DocsImportStage.Saving)),8} {Seconds(result.Elapsed),8} {(reindexEachVersion ? Seconds(indexed) : ""),8}"));
        }

        if (!reindexEachVersion)
        {
            var clock = Stopwatch.StartNew();
            var cpuBefore = ProcessorTime();
            sections = await indexer.RebuildAsync();
            indexing = clock.Elapsed;
            await output.WriteLineAsync(Invariant($"  {"rebuild",-10} {"",6} {"",5} {"",8} {"",8} {"",8} {"",8} {Seconds(indexing),8}  ({Seconds(ProcessorTime() - cpuBefore)} CPU)"));
        }

        total.Stop();
        await output.WriteLineAsync(Invariant($"  {pages} pages, {sections} sections; import {Seconds(importing)}, index {Seconds(indexing)}, total {Seconds(total.Elapsed)} (target < 20 s)"));
        // Wall time depends on what else the machine runs; CPU time shows the work itself.
        await output.WriteLineAsync(Invariant($"  CPU time of the process meanwhile: {Seconds(ProcessorTime() - cpuAtStart)} on {Environment.ProcessorCount} cores"));
        await output.WriteLineAsync();
    }

    private static async Task MeasureLatencyAsync(SearchIndex index, string[] queries, string version, int rounds, TextWriter output)
    {
        (string Name, Func<string, SearchRequest> Request)[] modes =
        [
            ("all versions", q => new SearchRequest(q)),
            ($"version {version} only", q => new SearchRequest(q, Version: version)),
            ($"{version} first (search page)", q => new SearchRequest(q, PreferVersion: version)),
        ];

        var empty = queries.Count(q => index.Search(new SearchRequest(q, Version: version)).Count == 0);
        for (var round = 0; round < WarmUpRounds; round++)
        {
            foreach (var (_, request) in modes)
            {
                foreach (var query in queries)
                {
                    index.Search(request(query));
                }
            }
        }

        await output.WriteLineAsync(Invariant($"Search latency, one thread: {queries.Length} queries ({empty} without hits in {version}) x {rounds} rounds after {WarmUpRounds} warm-up rounds; {index.Count} documents in the index"));
        await output.WriteLineAsync(Invariant($"  {"mode",-28} {"p50",8} {"p95",8} {"p99",8} {"max",8} {"mean",8}  (ms; target p50 < 2, p99 < 10)"));
        var gcBefore = GC.CollectionCount(0);
        foreach (var (name, request) in modes)
        {
            var timings = new List<double>(queries.Length * rounds);
            for (var round = 0; round < rounds; round++)
            {
                foreach (var query in queries)
                {
                    var started = Stopwatch.GetTimestamp();
                    index.Search(request(query));
                    timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            await output.WriteLineAsync(LatencyLine(name, timings));
        }

        await output.WriteLineAsync(Invariant($"  ({GC.CollectionCount(0) - gcBefore} gen-0 collections during the single-thread runs)"));

        var perThread = new List<double>[ConcurrentThreads];
        using var start = new Barrier(ConcurrentThreads + 1);
        var threads = Enumerable.Range(0, ConcurrentThreads).Select(t => Task.Factory.StartNew(
            () =>
            {
                var timings = new List<double>(queries.Length * rounds * modes.Length);
                start.SignalAndWait();
                for (var round = 0; round < rounds; round++)
                {
                    // Each thread starts at a different query so the two are not searching the same words in lockstep.
                    for (var i = 0; i < queries.Length; i++)
                    {
                        var query = queries[(i + (t * queries.Length / ConcurrentThreads)) % queries.Length];
                        foreach (var (_, request) in modes)
                        {
                            var started = Stopwatch.GetTimestamp();
                            index.Search(request(query));
                            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        }
                    }
                }

                perThread[t] = timings;
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();
        start.SignalAndWait();
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(threads);
        wall.Stop();
        var all = perThread.SelectMany(t => t).ToList();
        await output.WriteLineAsync(Invariant($"Search latency, {ConcurrentThreads} threads (all three modes mixed): {all.Count} searches in {Seconds(wall.Elapsed)}, {all.Count / wall.Elapsed.TotalSeconds:0} queries/s"));
        await output.WriteLineAsync(LatencyLine("concurrent", all));
        await output.WriteLineAsync();
    }

    /// <param name="showMisses">Lists the queries whose page was not first: for development sets only, or a held-out set stops being one.</param>
    private static async Task MeasureQualityAsync(SearchIndex index, IReadOnlyList<RelevanceJudgement> judgements, string version, bool showMisses, TextWriter output)
    {
        var report = RelevanceSet.Evaluate(index, judgements, version);
        await output.WriteLineAsync(Invariant($"Search quality, {version}, page level, {judgements.Count} judged queries"));
        await output.WriteLineAsync(Invariant($"  MRR@{report.Cutoff} {report.MeanReciprocalRank:0.000} (target > 0.9)   top-1 {report.TopOne:0.000}   recall@{report.Cutoff} {report.Recall:0.000}"));
        var misses = report.Outcomes.Where(o => o.Rank != 1).ToList();
        if (showMisses && misses.Count > 0)
        {
            await output.WriteLineAsync("  Not first:");
            foreach (var miss in misses)
            {
                var rank = miss.Rank == 0 ? "--" : miss.Rank.ToString(CultureInfo.InvariantCulture);
                var first = miss.FoundPaths.Count == 0 ? "(no hits)" : miss.FoundPaths[0];
                await output.WriteLineAsync(Invariant($"  {rank,4}  {miss.Judgement.Query}  →  want {miss.Judgement.ExpectedPath}, first {first}"));
            }
        }
    }

    /// <summary>The relevance set: as given, else the bundled one found from the current folder upwards.</summary>
    private static string RelevanceFile(string? given)
    {
        if (given is not null)
        {
            return File.Exists(given) ? given : throw new FileNotFoundException($"no such file: {Path.GetFullPath(given)}");
        }

        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, DefaultRelevanceFile);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new CommandUsageException($"no --queries file given and no {DefaultRelevanceFile} above the current folder.");
    }

    private static string LatencyLine(string name, List<double> timings)
    {
        timings.Sort();
        return Invariant($"  {name,-28} {Percentile(timings, 0.50),8:0.000} {Percentile(timings, 0.95),8:0.000} {Percentile(timings, 0.99),8:0.000} {timings[^1],8:0.000} {timings.Average(),8:0.000}");
    }

    /// <summary>Nearest rank on sorted values.</summary>
    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static string Seconds(TimeSpan elapsed) => Invariant($"{elapsed.TotalSeconds:0.00} s");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static bool IsOptimized() =>
        typeof(CommandLine).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false) is not [DebuggableAttribute { IsJITOptimizerDisabled: true }];

    /// <summary>When each import stage was first reported: the time spent reading, rendering and saving.</summary>
    private sealed class StageClock : IProgress<DocsImportProgress>
    {
        private readonly long _started = Stopwatch.GetTimestamp();
        private readonly long[] _firstSeen = new long[Enum.GetValues<DocsImportStage>().Length];

        public void Report(DocsImportProgress value)
        {
            Interlocked.CompareExchange(ref _firstSeen[(int)value.Stage], Stopwatch.GetTimestamp(), 0);
        }

        /// <summary>From the stage's first report (the import's start for the first stage) to the next stage's.</summary>
        public TimeSpan Of(DocsImportStage stage)
        {
            var from = stage == DocsImportStage.Reading ? _started : _firstSeen[(int)stage];
            var to = _firstSeen[(int)stage + 1];
            return from == 0 || to == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(from, to);
        }
    }
}
