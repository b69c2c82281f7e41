namespace Portal.Infrastructure.Markdown;

/// <summary>
/// The portal's doc URLs, in one place for the renderer, the search index and the pages.
/// A page is <c>/docs/{version}/{path}#{anchor}</c> (the version's home page is <c>/docs/{version}</c>);
/// a file a page refers to (an image, a spreadsheet) is <c>/docs-assets/{version}/{path}</c>.
/// </summary>
public static class DocUrls
{
    public const string PagePrefix = "/docs/";
    public const string AssetPrefix = "/docs-assets/";

    public static string Page(string version, string path, string? anchor = null)
    {
        var url = PagePrefix + Uri.EscapeDataString(version) + (path.Length > 0 ? "/" + EscapePath(path) : "");
        return string.IsNullOrEmpty(anchor) ? url : url + "#" + Uri.EscapeDataString(Uri.UnescapeDataString(anchor));
    }

    public static string Asset(string version, string path) =>
        AssetPrefix + Uri.EscapeDataString(version) + "/" + EscapePath(path);

    /// <summary>The version and page path of a <see cref="Page"/> address (its anchor and query left out); false for any other address.</summary>
    public static bool TryParsePage(string url, out string version, out string path)
    {
        version = path = "";
        if (!url.StartsWith(PagePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = url[PagePrefix.Length..].Split('#', '?')[0].Split('/').Select(Uri.UnescapeDataString).ToArray();
        if (parts.Length < 2 || parts[0].Length == 0)
        {
            return false;
        }

        version = parts[0];
        path = string.Join('/', parts[1..]);
        return path.Length > 0;
    }

    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
