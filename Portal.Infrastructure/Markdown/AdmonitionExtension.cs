using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Portal.Infrastructure.Markdown;

/// <summary>
/// VuePress containers (<c>::: tip Title</c> … <c>:::</c>) as admonitions: <c>&lt;div class="admonition tip"&gt;</c>
/// with a title paragraph, and <c>::: details Title</c> as a <c>&lt;details&gt;</c> block. Only the block form:
/// Markdig's inline <c>::text::</c> form would eat "::" in ordinary prose and code names.
/// </summary>
public sealed class AdmonitionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CustomContainerParser>())
        {
            pipeline.BlockParsers.InsertBefore<FencedCodeBlockParser>(new CustomContainerParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<AdmonitionRenderer>())
        {
            html.ObjectRenderers.Insert(0, new AdmonitionRenderer());
        }
    }
}

public sealed class AdmonitionRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer obj)
    {
        var kind = Kind(obj.Info);
        var title = obj.Arguments?.Trim();
        if (kind == "details")
        {
            renderer.EnsureLine();
            renderer.Write("<details class=\"admonition details\"><summary>");
            renderer.WriteEscape(string.IsNullOrEmpty(title) ? "Details" : title);
            renderer.WriteLine("</summary>");
            renderer.WriteChildren(obj);
            renderer.WriteLine("</details>");
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<div class=\"admonition ").Write(kind).Write("\"><p class=\"admonition-title\">");
        renderer.WriteEscape(string.IsNullOrEmpty(title) ? kind.ToUpperInvariant() : title);
        renderer.WriteLine("</p>");
        renderer.WriteChildren(obj);
        renderer.WriteLine("</div>");
    }

    // The container name becomes a class: letters, digits and dashes only; "note" when none is given.
    private static string Kind(string? info)
    {
        var name = string.Concat((info ?? "").Trim().Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')).ToUpperInvariant();
        return name switch
        {
            "" => "note",
            "WARN" => "warning",
            "ERROR" or "CAUTION" => "danger",
            _ => name.ToLowerInvariant(),
        };
    }
}
