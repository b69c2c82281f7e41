using System.Buffers;
using Portal.Domain.Docs;

namespace Portal.Infrastructure.Markdown;

/// <summary>
/// Turns the relative links authors write for their file tree (<c>../pisp/README.md#status</c>,
/// <c>./images/flow.png</c>, <c>/profiles/</c>) into portal URLs. Absolute URLs, in-page anchors and links
/// that already are portal URLs (<c>/docs/v2/getting-started#…</c>, as the FAQ writes them) stay: resolving
/// those against the version root made <c>/docs/v2/docs/v2/…</c>, which is not found.
/// </summary>
internal static class DocLinkRewriter
{
    private const int MaxAssetExtensionLength = 5;

    private static readonly SearchValues<char> SchemeChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");

    /// <returns>The URL to write; <paramref name="warning"/> says why a link could not be resolved.</returns>
    public static string Rewrite(string url, bool isImage, DocRenderContext context, out string? warning)
    {
        warning = null;
        var trimmed = url.Trim();
        if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed.StartsWith("//", StringComparison.Ordinal) || HasScheme(trimmed)
            || trimmed.StartsWith(DocUrls.PagePrefix, StringComparison.Ordinal) || trimmed.StartsWith(DocUrls.AssetPrefix, StringComparison.Ordinal))
        {
            return url;
        }

        var hash = trimmed.IndexOf('#', StringComparison.Ordinal);
        var anchor = hash >= 0 ? trimmed[(hash + 1)..] : null;
        var target = hash >= 0 ? trimmed[..hash] : trimmed;
        var query = target.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            target = target[..query];
        }

        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(target).Replace('\\', '/');
        }
        catch (UriFormatException)
        {
            decoded = target;
        }

        var resolved = Resolve(decoded, context.SourceFile);
        if (resolved is null)
        {
            warning = $"{context.SourceFile}: link '{url}' points outside the version; left as written.";
            return url;
        }

        if (isImage)
        {
            return DocUrls.Asset(context.Version, resolved.TrimEnd('/'));
        }

        var pagePath = PagePathOf(resolved, out var looksLikeAsset);
        if (context.KnownPages is { } known && known.TryFind(pagePath, out var canonical))
        {
            return DocUrls.Page(context.Version, canonical, anchor);
        }

        if (looksLikeAsset)
        {
            return DocUrls.Asset(context.Version, resolved);
        }

        if (context.KnownPages is not null)
        {
            warning = $"{context.SourceFile}: link '{url}' points to a page that does not exist ('{pagePath}').";
        }

        return DocUrls.Page(context.Version, pagePath, anchor);
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && char.IsAsciiLetter(url[0]) && url.AsSpan(0, colon).IndexOfAnyExcept(SchemeChars) < 0;
    }

    // Against the source file's folder, or the version root for "/…"; null when ".." climbs out of the version.
    private static string? Resolve(string target, string sourceFile)
    {
        var segments = new List<string>();
        if (!target.StartsWith('/'))
        {
            var folder = sourceFile.LastIndexOf('/') is var slash and >= 0 ? sourceFile[..slash] : "";
            segments.AddRange(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        }

        var parts = target.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].Trim();
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(part);
        }

        var path = string.Join('/', segments);
        return target.EndsWith('/') && path.Length > 0 ? path + "/" : path;
    }

    private static string PagePathOf(string resolved, out bool looksLikeAsset)
    {
        looksLikeAsset = false;
        if (resolved.Length == 0 || resolved.EndsWith('/'))
        {
            return resolved.TrimEnd('/');
        }

        if (resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return DocPage.PathFromFile(resolved) ?? resolved[..^3];
        }

        foreach (var html in (string[])[".html", ".htm"])
        {
            if (resolved.EndsWith(html, StringComparison.OrdinalIgnoreCase))
            {
                return DocPage.PathFromFile(resolved[..^html.Length] + ".md") ?? resolved[..^html.Length];
            }
        }

        var name = resolved[(resolved.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        looksLikeAsset = dot > 0 && name.Length - dot - 1 is > 0 and <= MaxAssetExtensionLength && name[(dot + 1)..].All(char.IsAsciiLetter);
        return name.Equals("README", StringComparison.OrdinalIgnoreCase) ? resolved[..Math.Max(0, resolved.Length - name.Length - 1)] : resolved;
    }
}
