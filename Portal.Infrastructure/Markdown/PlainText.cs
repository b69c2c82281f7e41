using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Portal.Infrastructure.Markdown;

/// <summary>The words of a Markdown tree without markup: for headings, titles and the search index.</summary>
internal static partial class PlainText
{
    public static string Of(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(text, inline);
        return Collapse(text.ToString());
    }

    /// <summary>
    /// Appends the block's words to <paramref name="text"/>, and the first cell of each body row of its tables (the
    /// names a reference table defines: fields, headers, codes) to <paramref name="defines"/> when given.
    /// </summary>
    public static void Append(StringBuilder text, Block block, StringBuilder? defines = null)
    {
        switch (block)
        {
            case YamlFrontMatterBlock:
                return;
            case TableOfContentsBlock:
                return;
            case HtmlBlock html:
                text.Append(' ').Append(StripTags(html.Lines.ToString())).Append(' ');
                return;
            case LeafBlock { Inline: { } inline }:
                Append(text, inline);
                text.Append('\n');
                return;
            case LeafBlock leaf:
                text.Append(HighlightedCodeBlockRenderer.CodeOf(leaf));
                return;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    var defining = defines is not null && !row.IsHeader && row.Count > 1;
                    foreach (var cell in row.OfType<TableCell>())
                    {
                        var start = text.Length;
                        foreach (var child in cell)
                        {
                            Append(text, child);
                        }

                        if (defining && cell == row[0])
                        {
                            defines!.Append(text, start, text.Length - start).Append('\n');
                        }

                        text.Append(' ');
                    }

                    text.Append('\n');
                }

                return;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(text, child, defines);
                }

                return;
        }
    }

    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    private static void Append(StringBuilder text, Inline? inline)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case HtmlInline html:
                if (html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase))
                {
                    text.Append(' ');
                }

                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(text, child);
                }

                break;
        }
    }

    private static string StripTags(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " "));

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
