using Portal.Domain.Docs;
using Portal.Infrastructure.Markdown;

namespace Portal.Tests.Docs;

public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static readonly KnownDocPages Pages = new(["", "payments", "payments/domestic", "usage examples/File Payments", "profiles/read-write"]);

    [Fact]
    public void Render_Headings_GetGitHubStyleAnchorsAndUniqueDuplicates()
    {
        var doc = Render("# Domestic Payments\n\n## GET /domestic-payments/{DomesticPaymentId}\n\n### Status\n\n### Status\n");

        Assert.Contains("<h2 id=\"get-domestic-paymentsdomesticpaymentid\">", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"status\">", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"status-1\">", doc.Html, StringComparison.Ordinal);
        Assert.Equal(["get-domestic-paymentsdomesticpaymentid", "status", "status-1"], doc.Toc.Select(t => t.Anchor));
    }

    [Fact]
    public void Render_TitleComesFromFrontMatterThenFirstHeadingThenFileName()
    {
        Assert.Equal("From front matter", Render("---\ntitle: From front matter\n---\n# Heading\n").Title);
        Assert.Equal("Heading", Render("# Heading <!-- omit in toc -->\n\ntext").Title);
        Assert.Equal("Domestic", Render("no heading at all", "payments/domestic.md").Title);
        Assert.Equal("v9", Render("no heading at all", "README.md").Title);
    }

    [Fact]
    public void Render_TocMarker_BecomesANestedListOfTheHeadings()
    {
        var doc = Render("# Title\n\n[[toc]]\n\n## First\n\n### Inner\n\n## Second\n");

        Assert.Contains(
            "<nav class=\"table-of-contents\"><ul><li><a href=\"#first\">First</a><ul><li><a href=\"#inner\">Inner</a></li></ul></li><li><a href=\"#second\">Second</a></li></ul></nav>",
            doc.Html,
            StringComparison.Ordinal);
        Assert.DoesNotContain("[[toc]]", doc.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tip", "TIP")]
    [InlineData("warning", "WARNING")]
    [InlineData("danger", "DANGER")]
    public void Render_VuePressContainer_BecomesAnAdmonition(string kind, string defaultTitle)
    {
        var doc = Render($"::: {kind}\nMind the *gap*.\n:::\n\n::: {kind} Custom title\nText\n:::\n");

        Assert.Contains($"<div class=\"admonition {kind}\"><p class=\"admonition-title\">{defaultTitle}</p>", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<p>Mind the <em>gap</em>.</p>", doc.Html, StringComparison.Ordinal);
        Assert.Contains($"<div class=\"admonition {kind}\"><p class=\"admonition-title\">Custom title</p>", doc.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DetailsContainer_BecomesAFoldedBlock()
    {
        var doc = Render("::: details Show the payload\n```json\n{\"a\": 1}\n```\n:::\n");

        Assert.Contains("<details class=\"admonition details\"><summary>Show the payload</summary>", doc.Html, StringComparison.Ordinal);
        Assert.Contains("</details>", doc.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert('x')</script>", "<script")]
    [InlineData("<img src=\"x.png\" onerror=\"alert(1)\">", "onerror")]
    [InlineData("[click](javascript:alert(1))", "javascript:")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "javascript:")]
    [InlineData("<div onclick=\"steal()\">x</div>", "onclick")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe")]
    [InlineData("<form action=\"https://evil.example\"><input name=\"pw\"></form>", "<form")]
    [InlineData("<style>body{display:none}</style>", "display:none")]
    public void Render_DangerousHtml_IsSanitisedAway(string markdown, string forbidden)
    {
        var doc = Render($"# Page\n\n{markdown}\n\nafter\n");

        Assert.DoesNotContain(forbidden, doc.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("after", doc.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ScriptText_IsNotLeftBehindAsText()
    {
        var doc = Render("<script>alert('stolen')</script>\n\ntext");

        Assert.DoesNotContain("stolen", doc.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ForgedCodeMarker_StaysText()
    {
        var doc = Render("@@code-00000000000000000000000000000000-0@@\n\n```json\n{\"a\": 1}\n```\n");

        Assert.Contains("@@code-00000000000000000000000000000000-0@@", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tok-property\">&quot;a&quot;</span>", doc.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SafeRawHtml_IsKept()
    {
        var doc = Render("<details>\n<summary>More</summary>\n\nline one<br>line two\n\n</details>\n");

        Assert.Contains("<details>", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<summary>More</summary>", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<br>", doc.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_XmlSampleInRawHtml_IsShownAsText()
    {
        var doc = Render("<details>\n<summary>File data</summary>\n<?xml version=\"1.0\"?>\n<Document><MsgId>ABC/1</MsgId></Document>\n</details>\n");

        Assert.Contains("<summary>File data</summary>", doc.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;?xml version=\"1.0\"?&gt;", doc.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;Document&gt;&lt;MsgId&gt;ABC/1&lt;/MsgId&gt;&lt;/Document&gt;", doc.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RelativeLinks_BecomePortalUrls()
    {
        var doc = Render(
            "[a](./domestic.md#status) [b](../profiles/read-write.md) [c](../usage%20examples/File%20Payments.md) [d](../README.md) [e](/payments/) [f](https://example.com/x.md) [g](#local) [h](mailto:api@bank.example)",
            "payments/README.md");

        Assert.Contains("href=\"/docs/v9/payments/domestic#status\"", doc.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/docs/v9/profiles/read-write\"", doc.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/docs/v9/usage%20examples/File%20Payments\"", doc.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/docs/v9\"", doc.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/docs/v9/payments\"", doc.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.com/x.md\"", doc.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"#local\"", doc.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:api@bank.example\"", doc.Html, StringComparison.Ordinal);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Render_LinkWithWrongCase_FindsThePage()
    {
        var doc = Render("[x](Domestic.md)", "payments/README.md");

        Assert.Contains("href=\"/docs/v9/payments/domestic\"", doc.Html, StringComparison.Ordinal);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Render_LinkToAMissingPage_IsAWarningNotAFailure()
    {
        var doc = Render("[gone](./nowhere.md) [out](../../../etc/passwd.md)", "payments/README.md");

        Assert.Contains("href=\"/docs/v9/payments/nowhere\"", doc.Html, StringComparison.Ordinal);
        Assert.Contains(doc.Warnings, w => w.Contains("nowhere.md", StringComparison.Ordinal));
        Assert.Contains(doc.Warnings, w => w.Contains("outside the version", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_RelativeImagesAndFiles_PointAtTheVersionsAssets()
    {
        var doc = Render("![flow](./images/Flow%201.png) [sheet](productdatafiles/codes.xlsx )", "payments/README.md");

        Assert.Contains("src=\"/docs-assets/v9/payments/images/Flow%201.png\"", doc.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/docs-assets/v9/payments/productdatafiles/codes.xlsx\"", doc.Html, StringComparison.Ordinal);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Render_FencedCode_IsHighlightedWithALanguageClass()
    {
        var doc = Render("```json\n{\"Amount\": 10.5, \"Ok\": true, \"Note\": \"<b>\"}\n```\n\n```csharp\nvar x = \"s\"; // c\n```\n\n```bash\ncurl -X POST $URL # go\n```\n");

        Assert.Contains("<pre><code class=\"language-json\">", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tok-property\">&quot;Amount&quot;</span>", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tok-number\">10.5</span>", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tok-literal\">true</span>", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tok-string\">&quot;&lt;b&gt;&quot;</span>", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<code class=\"language-csharp\"><span class=\"tok-keyword\">var</span>", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tok-comment\">// c</span>", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tok-comment\"># go</span>", doc.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HttpExchangeInAJsonBlock_HighlightsTheRequestLineAndHeaders()
    {
        var doc = Render("```json\nPOST /domestic-payments HTTP/1.1\nx-fapi-interaction-id: 93bac548\n\n{\"a\": 1}\n```\n");

        Assert.Contains("<span class=\"tok-keyword\">POST</span> /domestic-payments HTTP/1.1", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tok-property\">x-fapi-interaction-id</span>: 93bac548", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tok-property\">&quot;a&quot;</span>", doc.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TablesTaskListsAndEmphasisExtras_AreRendered()
    {
        var doc = Render("| A | B |\n|---|---|\n| 1 | 2 |\n\n+---+---+\n| x | y |\n+---+---+\n\n- [x] done\n- [ ] todo\n\n~~old~~ H~2~O\n");

        Assert.Contains("<table>", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<td>1</td>", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<col style=\"width: 50%\">", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<td>x</td>", doc.Html, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\"", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<del>old</del>", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<sub>2</sub>", doc.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FrontMatter_GivesTheMetadataAndIsNotShown()
    {
        var doc = Render("---\ntitle: Payments\nowner: docs@bank.example\nreview_interval: 90\nnext_review: 2026-06-30\nlast_reviewed: 2026-03-01\ntags: [payments, pisp]\nlanguage: zh-CN\n---\n# Heading\n");

        Assert.Equal(new DateTimeOffset(2026, 6, 30, 0, 0, 0, TimeSpan.Zero), doc.Metadata.NextReviewAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), doc.Metadata.LastReviewedAt);
        Assert.Equal("docs@bank.example", doc.Metadata.Owner);
        Assert.Equal(90, doc.Metadata.ReviewIntervalDays);
        Assert.Equal(["payments", "pisp"], doc.Metadata.Tags);
        Assert.Equal(DocLanguages.Chinese, doc.Metadata.Language);
        Assert.DoesNotContain("review_interval", doc.Html, StringComparison.Ordinal);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Render_BadFrontMatterValues_AreWarningsAndDropped()
    {
        var doc = Render("---\nowner: nobody\nreview_interval: often\nlanguage: fr\nnext_review: someday\n---\n# Heading\n");

        Assert.Null(doc.Metadata.Owner);
        Assert.Null(doc.Metadata.ReviewIntervalDays);
        Assert.Null(doc.Metadata.NextReviewAt);
        Assert.Equal(DocLanguages.English, doc.Metadata.Language);
        Assert.Equal(4, doc.Warnings.Count);
    }

    [Fact]
    public void Render_InvalidYaml_IsAWarning()
    {
        var doc = Render("---\ntitle: [unclosed\n---\n# Heading\n");

        Assert.Equal("Heading", doc.Title);
        Assert.Single(doc.Warnings);
    }

    [Fact]
    public void Render_ChineseText_IsDetectedAsChinese()
    {
        Assert.Equal(DocLanguages.Chinese, Render("# 支付接口\n\n本接口用于发起国内支付，需要先获得客户授权。").Metadata.Language);
        Assert.Equal(DocLanguages.English, Render("# Payments\n\nThis API starts a domestic payment.").Metadata.Language);
    }

    [Fact]
    public void Render_Sections_SplitAtHeadingsOneToThreeWithPlainText()
    {
        var doc = Render("# Domestic Payments\n\nIntro **text**.\n\n## Endpoints\n\nUse `POST`.\n\n#### Deep\n\nStill endpoints.\n\n### Status\n\n| Code | Meaning |\n|---|---|\n| ACSP | Accepted |\n", "payments/domestic.md");

        Assert.Collection(
            doc.Sections,
            top =>
            {
                Assert.Equal("doc:v9:payments/domestic#", top.Id);
                Assert.Equal("", top.Anchor);
                Assert.Equal("", top.Heading);
                Assert.Equal("Intro text.", top.Text);
                Assert.Equal("", top.Defines);
                Assert.Equal("Domestic Payments", top.Title);
            },
            endpoints =>
            {
                Assert.Equal("endpoints", endpoints.Anchor);
                Assert.Equal("Endpoints", endpoints.Heading);
                Assert.Equal("Use POST. Deep Still endpoints.", endpoints.Text);
            },
            status =>
            {
                Assert.Equal("doc:v9:payments/domestic#status", status.Id);
                Assert.Contains("ACSP Accepted", status.Text, StringComparison.Ordinal);
                Assert.Equal("ACSP", status.Defines);
                Assert.DoesNotContain("<", status.Text, StringComparison.Ordinal);
            });
        Assert.All(doc.Sections, s => Assert.Equal("payments/domestic", s.Path));
    }

    [Fact]
    public void Render_GenericAttributeSyntax_IsNotInterpreted()
    {
        var doc = Render("# GET /a/{B}\n");

        Assert.Contains("GET /a/{B}", doc.Html, StringComparison.Ordinal);
    }

    private static RenderedDoc Render(string markdown, string file = "payments/domestic.md") =>
        Renderer.Render(markdown, new DocRenderContext("v9", file, Pages));
}
