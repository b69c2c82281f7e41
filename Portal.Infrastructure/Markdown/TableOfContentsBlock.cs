using System.Net;
using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Portal.Infrastructure.Markdown;

/// <summary>Stands where a page wrote <c>[[toc]]</c>; rendered as a nested list of links to the page's headings.</summary>
public sealed class TableOfContentsBlock(IReadOnlyList<TocEntry> entries) : LeafBlock(null)
{
    public IReadOnlyList<TocEntry> Entries { get; } = entries;
}

public sealed class TableOfContentsRenderer : HtmlObjectRenderer<TableOfContentsBlock>
{
    protected override void Write(HtmlRenderer renderer, TableOfContentsBlock obj)
    {
        renderer.EnsureLine();
        renderer.WriteLine(ToHtml(obj.Entries));
    }

    public static string ToHtml(IReadOnlyList<TocEntry> entries)
    {
        var html = new StringBuilder("<nav class=\"table-of-contents\">");
        if (entries.Count == 0)
        {
            return html.Append("</nav>").ToString();
        }

        // Levels may skip (h2 then h4); each step deeper opens one list, each step back closes them.
        var baseLevel = entries.Min(e => e.Level);
        var depth = 0;
        foreach (var entry in entries)
        {
            var level = entry.Level - baseLevel + 1;
            if (level > depth)
            {
                while (depth < level)
                {
                    html.Append("<ul>");
                    depth++;
                    if (depth < level)
                    {
                        html.Append("<li>");
                    }
                }
            }
            else
            {
                html.Append("</li>");
                while (depth > level)
                {
                    html.Append("</ul></li>");
                    depth--;
                }
            }

            html.Append("<li><a href=\"#").Append(WebUtility.HtmlEncode(entry.Anchor)).Append("\">")
                .Append(WebUtility.HtmlEncode(entry.Text)).Append("</a>");
        }

        html.Append("</li>");
        while (depth > 1)
        {
            html.Append("</ul></li>");
            depth--;
        }

        return html.Append("</ul></nav>").ToString();
    }
}
