using System.Text;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Domain.Docs;
using Portal.Domain.Search;

namespace Portal.Infrastructure.Markdown;

/// <summary>
/// Doc Markdown to safe HTML, the one way Markdown reaches a page. Tables (pipe and grid), GitHub-style
/// heading anchors, task lists, emphasis extras, VuePress containers, <c>[[toc]]</c>, YAML front matter,
/// highlighted code, links rewritten to portal URLs; then everything sanitised. Thread-safe; register once.
/// </summary>
public sealed class MarkdownRenderer
{
    private const int MaxTocLevel = 3;
    private const int MaxSectionLevel = 3;
    private const int LanguageSampleLength = 20_000;

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGridTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseTaskLists()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseFootnotes()
        .UseAutoLinks()
        .Use<AdmonitionExtension>()
        .Build();

    private readonly HtmlSanitizer _sanitizer = DocHtmlSanitizer.Create();

    public RenderedDoc Render(string markdown, DocRenderContext context)
    {
        var warnings = new List<string>();
        var document = Markdig.Markdown.Parse(markdown ?? "", _pipeline);

        var frontMatter = document.OfType<YamlFrontMatterBlock>().FirstOrDefault() is { } yaml
            ? FrontMatter.Parse(yaml.Lines.ToString(), context.SourceFile, warnings)
            : FrontMatter.Empty;
        var headings = document.Descendants<HeadingBlock>()
            .Select(h => new Heading(h, PlainText.Of(h.Inline), h.GetAttributes().Id ?? ""))
            .ToList();
        var titleHeading = document.FirstOrDefault(b => b is not YamlFrontMatterBlock) is HeadingBlock { Level: 1 } first
            ? headings.First(h => h.Block == first)
            : null;
        var title = frontMatter.Title
            ?? NonEmpty(titleHeading?.Text)
            ?? NonEmpty(headings.FirstOrDefault(h => h.Block.Level == 1)?.Text)
            ?? TitleFromFile(context);
        if (title.Length > DocPage.TitleMaxLength)
        {
            title = title[..(DocPage.TitleMaxLength - 1)] + "…";
        }

        var toc = headings
            .Where(h => h != titleHeading && h.Block.Level <= MaxTocLevel && h.Anchor.Length > 0 && h.Text.Length > 0)
            .Select(h => new TocEntry(h.Block.Level, h.Text, h.Anchor))
            .ToList();
        ReplaceTocMarkers(document, toc);
        RewriteLinks(document, context, warnings);

        var code = new HighlightedCodeBlockRenderer();
        var html = code.Restore(_sanitizer.Sanitize(ToHtml(document, code)));
        var language = frontMatter.Language ?? DetectLanguage(markdown ?? "");
        var sections = Sections(document, context, title, language, titleHeading?.Block);
        var metadata = new DocPageMetadata(
            title,
            frontMatter.Owner,
            frontMatter.ReviewIntervalDays,
            frontMatter.NextReviewAt,
            frontMatter.LastReviewedAt,
            frontMatter.Tags,
            language);
        return new RenderedDoc(html, title, toc, sections, warnings) { Metadata = metadata };
    }

    private string ToHtml(MarkdownDocument document, HighlightedCodeBlockRenderer code)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<CodeBlockRenderer>(code);
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new RawHtmlBlockRenderer());
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlInlineRenderer>(new RawHtmlInlineRenderer());
        renderer.ObjectRenderers.Add(new TableOfContentsRenderer());
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    // A paragraph that says only [[toc]] (VuePress) becomes the generated table of contents.
    private static void ReplaceTocMarkers(MarkdownDocument document, IReadOnlyList<TocEntry> toc)
    {
        var markers = document.Descendants<ParagraphBlock>()
            .Where(p => p.Inline?.FirstChild is LiteralInline first && first.Content.Length > 0 && first.Content.CurrentChar == '['
                && PlainText.Of(p.Inline).Equals("[[toc]]", StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var marker in markers)
        {
            var parent = marker.Parent!;
            parent[parent.IndexOf(marker)] = new TableOfContentsBlock(toc);
        }
    }

    private static void RewriteLinks(MarkdownDocument document, DocRenderContext context, List<string> warnings)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is null)
            {
                continue;
            }

            link.Url = DocLinkRewriter.Rewrite(link.Url, link.IsImage, context, out var warning);
            if (warning is not null && !warnings.Contains(warning))
            {
                warnings.Add(warning);
            }
        }
    }

    // One search section per heading of level 1 to 3, holding the text up to the next such heading.
    // The page's title heading is the top of the page: its section has no anchor.
    private static List<SearchDocument> Sections(MarkdownDocument document, DocRenderContext context, string title, string language, HeadingBlock? titleHeading)
    {
        var path = DocPage.PathFromFile(context.SourceFile) ?? context.SourceFile;
        var sections = new List<SearchDocument>();
        var anchor = "";
        var heading = "";
        var text = new StringBuilder();
        var defines = new StringBuilder();

        void Flush(bool always = false)
        {
            var plain = PlainText.Collapse(text.ToString());
            if (plain.Length > 0 || heading.Length > 0 || always)
            {
                sections.Add(new SearchDocument($"{SearchKinds.Doc}:{context.Version}:{path}#{anchor}", SearchKinds.Doc, context.Version, path, anchor, title, heading, plain, language, PlainText.Collapse(defines.ToString())));
            }

            text.Clear();
            defines.Clear();
        }

        foreach (var block in document)
        {
            if (block == titleHeading)
            {
                continue;
            }

            if (block is HeadingBlock h && h.Level <= MaxSectionLevel)
            {
                Flush();
                anchor = h.GetAttributes().Id ?? "";
                heading = PlainText.Of(h.Inline);
                continue;
            }

            PlainText.Append(text, block, defines);
        }

        // A page that is only a title is still found by its title.
        Flush(always: sections.Count == 0);

        // Two headings with the same anchor cannot happen (ids are made unique), but an empty anchor can repeat.
        return [.. sections.DistinctBy(s => s.Id)];
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string TitleFromFile(DocRenderContext context)
    {
        var path = DocPage.PathFromFile(context.SourceFile) ?? context.SourceFile;
        if (path.Length == 0)
        {
            return context.Version;
        }

        var name = path[(path.LastIndexOf('/') + 1)..].Replace('-', ' ').Replace('_', ' ').Trim();
        return name.Length == 0 ? context.Version : char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>Chinese when at least a tenth of the letters are CJK ideographs: code and JSON samples in a Chinese page are English.</summary>
    public static string DetectLanguage(string markdown)
    {
        var sample = markdown.AsSpan(0, Math.Min(markdown.Length, LanguageSampleLength));
        int cjk = 0, letters = 0;
        foreach (var c in sample)
        {
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF')
            {
                cjk++;
            }
            else if (char.IsAsciiLetter(c))
            {
                letters++;
            }
        }

        // A CJK ideograph carries about a word; an English word is about five letters.
        return cjk > 0 && cjk * 10 >= (cjk + (letters / 5)) ? DocLanguages.Chinese : DocLanguages.English;
    }

    private sealed record Heading(HeadingBlock Block, string Text, string Anchor);
}
