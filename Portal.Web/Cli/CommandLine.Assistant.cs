using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Portal.Infrastructure.Assistant;
using Portal.Infrastructure.Importing;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Search;

namespace Portal.Web.Cli;

public static partial class CommandLine
{
    // The ask contract has faq: null when nothing matched, so nulls are written here.
    private static readonly JsonSerializerOptions AskJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private sealed record AskSource(string Kind, string Title, string Version, string Path, string Anchor);

    private sealed record AskLine(string Question, bool Answered, double Confidence, AssistantFaq? Faq, IReadOnlyList<AskSource> Sources, string Answer, double ElapsedMs);

    private sealed record AskError(string Question, string Error);

    private static async Task<int> ImportFaqAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
            ?? throw new CommandUsageException("the Markdown file, folder or CSV file to import is missing.");
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(applyMigrations: false);
        var result = await services.GetRequiredService<FaqImporter>().ImportAsync(path);
        await output.WriteLineAsync(result.Summary);
        await EnsureIndexAsync(services, services.GetRequiredService<SearchIndex>());
        var indexed = await services.GetRequiredService<SearchIndexer>().ReindexFaqAsync();
        await output.WriteLineAsync($"Search index updated: {indexed} FAQ entries.");
        foreach (var warning in result.Warnings)
        {
            await output.WriteLineAsync($"warning: {warning}");
        }

        return 0;
    }

    private static async Task<int> AskBatchAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var options = BatchOptions.Parse(args);
        var index = services.GetRequiredService<SearchIndex>();
        await EnsureIndexAsync(services, index);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(applyMigrations: false);
        var host = services.GetRequiredService<FaqModelHost>();
        await host.ReloadAsync();
        // A command answers a whole batch: it uses the stored model, or trains one first (the portal never waits).
        await host.WaitForModelAsync();
        var assistant = services.GetRequiredService<AssistantService>();
        foreach (var line in await ReadBatchAsync(options.File))
        {
            var problem = string.IsNullOrWhiteSpace(line) ? "empty line"
                : line.Length > AssistantService.MaxQuestionLength ? $"longer than {AssistantService.MaxQuestionLength} characters"
                : line.Contains('\uFFFD', StringComparison.Ordinal) ? "not valid UTF-8"
                : null;
            if (problem is not null)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new AskError(line.Length > 200 ? line[..200] + "…" : line, problem), AskJson));
                continue;
            }

            var reply = assistant.Ask(line, options.Version);
            var result = new AskLine(reply.Question, reply.Answered, Math.Round(reply.Confidence, 4), reply.Faq, [.. reply.Sources.Select(s => new AskSource(s.Kind, s.Title, s.Version, s.Path, s.Anchor))], reply.Answer, reply.ElapsedMs);
            await output.WriteLineAsync(JsonSerializer.Serialize(result, AskJson));
        }

        return 0;
    }

    /// <summary>
    /// In memory, without the database: trains on <c>--train</c> (CSV text,category), asks every row of
    /// <c>--test</c>, then the Open Banking knowledge base with our own questions (<c>--kb</c>, <c>--questions</c>).
    /// </summary>
    private static async Task<int> BenchmarkAssistantAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        string? Option(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        var train = Option("--train") ?? throw new CommandUsageException("--train <csv> is missing (banking77/train.csv).");
        var test = Option("--test") ?? throw new CommandUsageException("--test <csv> is missing (banking77/test.csv).");
        var warnings = new List<string>();
        var entries = FaqImporter.ParseCsv(await File.ReadAllTextAsync(train), train, warnings)
            .Select(p => new MatcherEntry(p.Key, p.Question, p.Answer, p.Category, p.Language, null, p.Phrasings)).ToList();
        var tests = FaqImporter.ParseCsv(await File.ReadAllTextAsync(test), test, warnings)
            .SelectMany(p => p.Phrasings.Select(q => (Question: q, Key: p.Key))).ToList();
        await output.WriteLineAsync($"BANKING77: {entries.Count} intents, {entries.Sum(e => e.Phrasings.Count)} training phrasings, {tests.Count} test questions.");

        var bm25 = FaqMatcherTrainer.Bm25Only(entries);
        await ReportAsync("BM25 only", bm25, tests, output);
        var clock = Stopwatch.StartNew();
        var full = FaqMatcherTrainer.WithClassifier(entries);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Classifier trained and tuned in {clock.Elapsed.TotalSeconds:0.0} s: {FaqMatcherTrainer.Describe(full.Tuning)}"));
        await ReportAsync("BM25 + classifier", full, tests, output);

        var kb = Option("--kb");
        if (kb is not null)
        {
            var questionsFile = Option("--questions") ?? Path.Combine(FindTestsDirectory(), "Benchmarks", "open-banking-kb-questions.tsv");
            var parsed = Directory.EnumerateFiles(kb, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .SelectMany(f => FaqImporter.ParseMarkdown(File.ReadAllText(f), Path.GetRelativePath(kb, f).Replace('\\', '/'))).ToList();
            var kbEntries = parsed.Select(p => new MatcherEntry(p.Key, p.Question, p.Answer, p.Category, p.Language, null, p.Phrasings)).ToList();
            var kbMatcher = FaqMatcherTrainer.WithClassifier(kbEntries);
            var byQuestion = kbEntries.GroupBy(e => e.Question.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.OrdinalIgnoreCase);
            int inDomain = 0, top1 = 0, answeredRight = 0, answeredWrong = 0, offTopic = 0, offTopicAnswered = 0;
            foreach (var line in await File.ReadAllLinesAsync(questionsFile))
            {
                if (line.StartsWith('#') || !line.Contains('\t', StringComparison.Ordinal))
                {
                    continue;
                }

                var parts = line.Split('\t');
                var match = kbMatcher.Match(parts[0]);
                if (parts[1].Trim() == "-")
                {
                    offTopic++;
                    offTopicAnswered += match.Confident ? 1 : 0;
                    continue;
                }

                if (!byQuestion.TryGetValue(parts[1].Trim(), out var expected))
                {
                    await output.WriteLineAsync($"warning: not a knowledge-base question: {parts[1]}");
                    continue;
                }

                inDomain++;
                var right = match.Best?.Entry.Key == expected;
                top1 += right ? 1 : 0;
                answeredRight += right && match.Confident ? 1 : 0;
                answeredWrong += !right && match.Confident ? 1 : 0;
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Open Banking KB ({kbEntries.Count} entries), our {inDomain} questions: top-1 {(double)top1 / Math.Max(1, inDomain):P1}; answered {answeredRight} right, {answeredWrong} wrong; off-topic {offTopicAnswered} of {offTopic} wrongly answered."));
        }

        return 0;
    }

    private static async Task ReportAsync(string name, FaqMatcher matcher, List<(string Question, string Key)> tests, TextWriter output)
    {
        foreach (var (q, _) in tests.Take(50))
        {
            matcher.Match(q);
        }

        var times = new List<double>(tests.Count);
        int right = 0, answered = 0, answeredRight = 0;
        foreach (var (question, key) in tests)
        {
            var start = Stopwatch.GetTimestamp();
            var match = matcher.Match(question);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            var correct = match.Best?.Entry.Key == key;
            right += correct ? 1 : 0;
            answered += match.Confident ? 1 : 0;
            answeredRight += match.Confident && correct ? 1 : 0;
        }

        times.Sort();
        double P(double q) => times[Math.Min(times.Count - 1, (int)(q * times.Count))];
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{name}: test top-1 {(double)right / tests.Count:P2}; answered {(double)answered / tests.Count:P1} at precision {(double)answeredRight / Math.Max(1, answered):P1}; per question p50 {P(0.5):0.000} ms, p99 {P(0.99):0.000} ms"));
    }

    private static string FindTestsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Portal.Tests");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath("../Portal.Tests");
    }
}
