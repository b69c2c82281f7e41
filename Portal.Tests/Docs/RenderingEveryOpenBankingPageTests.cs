using System.Text.RegularExpressions;
using Portal.Infrastructure.Markdown;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Docs;

/// <summary>All eleven Open Banking versions, every page, through the renderer: none may fail or leak.</summary>
public sealed partial class RenderingEveryOpenBankingPageTests
{
    [Fact]
    public void Render_EveryPageOfEveryVersion_GivesSafeHtmlWithTitleAndSections()
    {
        var renderer = new MarkdownRenderer();
        var pages = Directory.GetDirectories(Corpora.OpenBankingDocsRoot)
            .SelectMany(version => Directory.GetFiles(version, "*.md", SearchOption.AllDirectories)
                .Select(file => (Version: Path.GetFileName(version), File: Path.GetRelativePath(version, file).Replace('\\', '/'), Markdown: File.ReadAllText(file))))
            .ToList();

        var problems = pages.AsParallel().SelectMany(page =>
        {
            var doc = renderer.Render(page.Markdown, new DocRenderContext(page.Version, page.File));
            var where = $"{page.Version}/{page.File}";
            var found = new List<string>();
            if (ScriptOrHandler().IsMatch(doc.Html))
            {
                found.Add($"{where}: script or event handler left in the HTML");
            }

            if (doc.Html.Contains("@@code-", StringComparison.Ordinal))
            {
                found.Add($"{where}: a code block marker was not restored");
            }

            if (doc.Title.Length == 0 || (page.Markdown.Trim().Length > 0 && doc.Sections.Count == 0))
            {
                found.Add($"{where}: no title or no sections");
            }

            return found;
        }).ToList();

        Assert.True(pages.Count >= 800, $"Expected the whole corpus, found {pages.Count} pages.");
        Assert.Empty(problems);
    }

    [GeneratedRegex(@"<script|\son[a-z]+\s*=|javascript:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptOrHandler();
}
