using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Portal.Domain.Search;
using Portal.Infrastructure.Search;

namespace Portal.Tests.Search;

/// <summary>A real index on disk in a temporary folder, deleted afterwards.</summary>
public sealed class TemporaryIndex : IDisposable
{
    private readonly List<SearchIndex> _opened = [];

    public TemporaryIndex()
    {
        Root = Path.Combine(Path.GetTempPath(), "portal-search-tests", Guid.NewGuid().ToString("N"));
        Index = Open();
    }

    public string Root { get; }

    public SearchIndex Index { get; }

    /// <summary>Errors the index logged: Search swallows failures by design, so tests look here.</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    /// <summary>Another instance over the same folder, as after a restart.</summary>
    public SearchIndex Open()
    {
        var index = new SearchIndex(Root, new RecordingLogger(Errors));
        _opened.Add(index);
        return index;
    }

    public static SearchDocument Doc(
        string version,
        string path,
        string heading,
        string text,
        string title = "Payments",
        string kind = SearchKinds.Doc,
        string language = "en",
        string defines = "") =>
        new(
            kind == SearchKinds.Faq ? $"faq:{path}" : $"doc:{version}:{path}#{Anchor(heading)}",
            kind,
            version,
            path,
            Anchor(heading),
            title,
            heading,
            text,
            language,
            defines);

    public void Dispose()
    {
        foreach (var index in _opened)
        {
            index.Dispose();
        }

        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static string Anchor(string heading) => heading.ToLowerInvariant().Replace(' ', '-');

    private sealed class RecordingLogger(ConcurrentQueue<string> errors) : ILogger<SearchIndex>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                errors.Enqueue($"{formatter(state, exception)} {exception}");
            }
        }
    }
}
