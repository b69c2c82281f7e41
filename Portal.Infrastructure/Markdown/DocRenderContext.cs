namespace Portal.Infrastructure.Markdown;

/// <summary>Where a page sits, so its relative links and images can be turned into portal URLs.</summary>
/// <param name="Version">The doc version label (<c>v3.1.2</c>).</param>
/// <param name="SourceFile">The page's Markdown file relative to the version folder (<c>payments/README.md</c>).</param>
/// <param name="KnownPages">The version's pages; when given, a link to any other page is reported as a warning.</param>
public sealed record DocRenderContext(string Version, string SourceFile, KnownDocPages? KnownPages = null);

/// <summary>The page paths of one version, looked up the way a web server on a case-insensitive disk would.</summary>
public sealed class KnownDocPages
{
    private readonly Dictionary<string, string> _paths = new(StringComparer.OrdinalIgnoreCase);

    public KnownDocPages(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            _paths.TryAdd(path, path);
        }
    }

    public int Count => _paths.Count;

    /// <summary>Finds a page ignoring case; <paramref name="canonical"/> is its path as stored.</summary>
    public bool TryFind(string path, out string canonical)
    {
        if (_paths.TryGetValue(path, out var found))
        {
            canonical = found;
            return true;
        }

        canonical = path;
        return false;
    }
}
