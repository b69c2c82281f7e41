using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Search;

namespace Portal.Web.Cli;

public static partial class CommandLine
{
    /// <summary>Longer lines are reported, not searched: nobody types a query this long, and a pasted document is a mistake.</summary>
    public const int MaxQueryLength = 2000;

    private static readonly JsonSerializerOptions BatchJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private sealed record BatchHit(string Kind, string Title, string Version, string Path, string Anchor, double Score, string Snippet);

    private sealed record SearchLine(string Query, IReadOnlyList<BatchHit>? Hits = null, double? ElapsedMs = null, string? Error = null);

    private static async Task<int> SearchBatchAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var options = BatchOptions.Parse(args);
        var index = services.GetRequiredService<SearchIndex>();
        await EnsureIndexAsync(services, index);
        foreach (var line in await ReadBatchAsync(options.File))
        {
            SearchLine result;
            if (Problem(line) is { } problem)
            {
                result = new SearchLine(line, Error: problem);
            }
            else
            {
                var clock = Stopwatch.StartNew();
                var hits = index.Search(new SearchRequest(line, options.Version, Top: options.Top, PreferVersion: options.Version));
                var elapsed = clock.Elapsed.TotalMilliseconds;
                result = new SearchLine(line, [.. hits.Select(h => new BatchHit(h.Kind, h.Title, h.Version, h.Path, h.Anchor, Math.Round(h.Score, 4), h.Snippet))], Math.Round(elapsed, 3));
            }

            await output.WriteLineAsync(JsonSerializer.Serialize(result, BatchJson));
        }

        return 0;
    }

    private static async Task<int> ReindexAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(applyMigrations: false);
        var clock = Stopwatch.StartNew();
        var sections = await services.GetRequiredService<SearchIndexer>().RebuildAsync();
        await output.WriteLineAsync($"Search index rebuilt: {sections} sections in {clock.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    /// <summary>An index that is missing or damaged is rebuilt from the database before the batch runs.</summary>
    private static async Task EnsureIndexAsync(IServiceProvider services, SearchIndex index)
    {
        if (!index.IsHealthy || index.Count == 0)
        {
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(applyMigrations: false);
            await services.GetRequiredService<SearchIndexer>().RebuildAsync();
        }
    }

    private static string? Problem(string line) =>
        string.IsNullOrWhiteSpace(line) ? "empty line"
        : line.Length > MaxQueryLength ? $"longer than {MaxQueryLength} characters"
        : line.Contains('\uFFFD', StringComparison.Ordinal) ? "not valid UTF-8"
        : null;

    private static async Task<IReadOnlyList<string>> ReadBatchAsync(string file)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"no such file: {Path.GetFullPath(file)}");
        }

        var text = await File.ReadAllTextAsync(file);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        // A final newline does not make an extra, empty query.
        return lines.Length > 0 && lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    private sealed record BatchOptions(string File, string? Version, int Top)
    {
        public static BatchOptions Parse(string[] args)
        {
            string? file = null;
            string? version = null;
            var top = 10;
            for (var i = 0; i < args.Length; i++)
            {
                string Value() => i + 1 < args.Length ? args[++i] : throw new CommandUsageException($"{args[i]} needs a value.");
                switch (args[i])
                {
                    case "--batch":
                        file = Value();
                        break;
                    case "--version":
                        version = Value();
                        break;
                    case "--top":
                        top = int.TryParse(Value(), out var n) && n is > 0 and <= SearchIndex.MaxTop
                            ? n
                            : throw new CommandUsageException($"--top takes a number from 1 to {SearchIndex.MaxTop}.");
                        break;
                    default:
                        if (args[i].StartsWith("--", StringComparison.Ordinal) && !args[i].Contains('=', StringComparison.Ordinal))
                        {
                            i++;
                        }

                        break;
                }
            }

            return new BatchOptions(file ?? throw new CommandUsageException("--batch <file> is missing: one query per line."), version, top);
        }
    }
}
