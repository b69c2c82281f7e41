using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Portal.Infrastructure.Markdown;

/// <summary>
/// Code blocks as <c>&lt;pre&gt;&lt;code class="language-json"&gt;</c>, highlighted on the server. The highlighted
/// markup is ours (escaped text in spans of fixed classes), so it bypasses the sanitiser: the block is written as
/// a marker that <see cref="Restore"/> swaps for the highlighted code after sanitising. Highlighting multiplies
/// the elements of a JSON-heavy page several times over, and sanitising them was most of the render time.
/// The marker carries a per-render random nonce, so content cannot forge one. One instance per render.
/// </summary>
public sealed class HighlightedCodeBlockRenderer : HtmlObjectRenderer<CodeBlock>
{
    private readonly string _nonce = Guid.NewGuid().ToString("N");
    private readonly List<string> _blocks = [];

    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        var language = obj is FencedCodeBlock fenced ? CodeHighlighter.NormalizeLanguage(fenced.Info) : "";
        var code = new StringBuilder();
        CodeHighlighter.Highlight(code, CodeOf(obj), language);
        renderer.EnsureLine();
        renderer.Write(language.Length > 0 ? $"<pre><code class=\"language-{language}\">" : "<pre><code>");
        renderer.Write(Marker(_blocks.Count));
        renderer.WriteLine("</code></pre>");
        _blocks.Add(code.ToString());
    }

    /// <summary>Puts the highlighted code back into sanitised HTML.</summary>
    public string Restore(string sanitized)
    {
        if (_blocks.Count == 0)
        {
            return sanitized;
        }

        var html = new StringBuilder(sanitized.Length + _blocks.Sum(b => b.Length));
        var prefix = $"@@code-{_nonce}-";
        var position = 0;
        while (sanitized.IndexOf(prefix, position, StringComparison.Ordinal) is var start and >= 0)
        {
            var end = sanitized.IndexOf("@@", start + prefix.Length, StringComparison.Ordinal);
            if (end < 0 || !int.TryParse(sanitized.AsSpan(start + prefix.Length, end - start - prefix.Length), out var index) || index >= _blocks.Count)
            {
                break;
            }

            html.Append(sanitized, position, start - position).Append(_blocks[index]);
            position = end + 2;
        }

        return html.Append(sanitized, position, sanitized.Length - position).ToString();
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

    private string Marker(int index) => $"@@code-{_nonce}-{index}@@";
}
