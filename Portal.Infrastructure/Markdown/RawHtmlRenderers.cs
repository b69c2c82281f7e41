using System.Text;
using System.Text.RegularExpressions;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Portal.Infrastructure.Markdown;

/// <summary>
/// Raw HTML as written, except that tags that are not HTML (<c>&lt;MsgId&gt;</c>, <c>&lt;?xml …?&gt;</c>) are
/// escaped and so shown as text. The result still goes through the sanitiser.
/// </summary>
internal static partial class RawHtml
{
    public static string EscapeUnknownTags(string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal))
        {
            return html;
        }

        return TagStart().Replace(html, match =>
            match.Groups["name"].Success && DocHtmlSanitizer.HtmlTagNames.Contains(match.Groups["name"].Value)
                ? match.Value
                : "&lt;" + match.Value[1..]);
    }

    // "<name", "</name" or "<?": comments and doctype ("<!") are left to the sanitiser.
    [GeneratedRegex(@"<(?:/?(?<name>[A-Za-z][A-Za-z0-9:_.-]*)|\?)", RegexOptions.CultureInvariant)]
    private static partial Regex TagStart();
}

internal sealed class RawHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        var lines = obj.Lines;
        var html = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            html.Append(lines.Lines[i].Slice.AsSpan()).Append('\n');
        }

        renderer.EnsureLine();
        renderer.Write(RawHtml.EscapeUnknownTags(html.ToString()));
    }
}

internal sealed class RawHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj) =>
        renderer.Write(RawHtml.EscapeUnknownTags(obj.Tag));
}
