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

    public static void Append(StringBuilder text, Block block)
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
                    foreach (var cell in row.OfType<TableCell>())
                    {
                        foreach (var child in cell)
                        {
                            Append(text, child);
                        }

                        text.Append(' ');
                    }

                    text.Append('\n');
                }

                return;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(text, child);
                }

                return;
        }
    }

    /// <summary>The first cell of each body row of the block's tables: the names a reference table defines.</summary>
    public static void AppendDefinedTerms(StringBuilder terms, Block block)
    {
        switch (block)
        {
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    if (!row.IsHeader && row.Count > 1 && row[0] is TableCell first)
                    {
                        foreach (var child in first)
                        {
                            Append(terms, child);
                        }

                        terms.Append('\n');
                    }
                }

                return;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AppendDefinedTerms(terms, child);
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
