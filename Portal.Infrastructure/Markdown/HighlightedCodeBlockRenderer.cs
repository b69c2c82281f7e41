using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Portal.Infrastructure.Markdown;

/// <summary>Code blocks as <c>&lt;pre&gt;&lt;code class="language-json"&gt;</c>, highlighted on the server.</summary>
public sealed class HighlightedCodeBlockRenderer : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        var language = obj is FencedCodeBlock fenced ? CodeHighlighter.NormalizeLanguage(fenced.Info) : "";
        var html = new StringBuilder();
        html.Append(language.Length > 0 ? $"<pre><code class=\"language-{language}\">" : "<pre><code>");
        CodeHighlighter.Highlight(html, CodeOf(obj), language);
        html.Append("</code></pre>");
        renderer.EnsureLine();
        renderer.WriteLine(html.ToString());
    }

    internal static string CodeOf(LeafBlock block)
    {
        var lines = block.Lines;
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(lines.Lines[i].Slice.AsSpan()).Append('\n');
        }

        return text.ToString();
    }
}
