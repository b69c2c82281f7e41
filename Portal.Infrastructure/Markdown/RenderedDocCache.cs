using Microsoft.Extensions.Caching.Memory;

namespace Portal.Infrastructure.Markdown;

/// <summary>
/// Rendered pages kept in memory, keyed by revision id. A revision never changes and its HTML depends only
/// on its Markdown, its version and its file, so an entry never goes stale; a renderer change simply takes
/// effect at the next start. Its own bounded cache, so one big version cannot push out the rest of the app's.
/// </summary>
public sealed class RenderedDocCache(MarkdownRenderer renderer) : IDisposable
{
    /// <summary>In characters of HTML and section text: about 128 MB, several times all eleven Open Banking versions.</summary>
    public const long SizeLimit = 64L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit });

    /// <param name="markdown">Loaded only on a miss: pass a function that reads the revision.</param>
    public async Task<RenderedDoc> GetOrRenderAsync(Guid revisionId, DocRenderContext context, Func<CancellationToken, Task<string>> markdown, CancellationToken cancellationToken = default)
    {
        if (_cache.TryGetValue(revisionId, out RenderedDoc? cached) && cached is not null)
        {
            return cached;
        }

        return Add(revisionId, renderer.Render(await markdown(cancellationToken), context));
    }

    public RenderedDoc GetOrRender(Guid revisionId, string markdown, DocRenderContext context) =>
        _cache.TryGetValue(revisionId, out RenderedDoc? cached) && cached is not null
            ? cached
            : Add(revisionId, renderer.Render(markdown, context));

    /// <summary>Keeps a page rendered elsewhere (by the importer) for its revision.</summary>
    internal void Remember(Guid revisionId, RenderedDoc rendered) => Add(revisionId, rendered);

    private RenderedDoc Add(Guid revisionId, RenderedDoc rendered)
    {
        var size = rendered.Html.Length + rendered.Sections.Sum(s => s.Text.Length) + 1;
        return _cache.Set(revisionId, rendered, new MemoryCacheEntryOptions { Size = size, SlidingExpiration = TimeSpan.FromHours(6) });
    }

    public void Dispose() => _cache.Dispose();
}
