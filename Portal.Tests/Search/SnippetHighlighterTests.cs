using Portal.Infrastructure.Search;

namespace Portal.Tests.Search;

public sealed class SnippetHighlighterTests : IDisposable
{
    private readonly PortalAnalyzer _analyzer = PortalAnalyzer.ForIndexing();

    public void Dispose() => _analyzer.Dispose();

    [Fact]
    public void Highlight_LongText_PicksTheWindowWithTheMostQueryTerms()
    {
        var filler = string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet ", 40));
        var text = "A refund appears here. " + filler + "Refund a domestic payment by creating a reversal. " + filler;

        var snippet = SnippetHighlighter.Highlight(_analyzer, text, Terms("refund", "domest", "payment"));

        Assert.Contains("<mark>Refund</mark> a <mark>domestic</mark> <mark>payment</mark>", snippet, StringComparison.Ordinal);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).Length, 150, 230);
    }

    [Fact]
    public void Highlight_RepeatedTerm_MarksEveryOccurrenceInTheWindow()
    {
        var snippet = SnippetHighlighter.Highlight(_analyzer, "Payments: a payment, then another payment.", Terms("payment"));

        Assert.Equal("<mark>Payments</mark>: a <mark>payment</mark>, then another <mark>payment</mark>.", snippet);
    }

    [Fact]
    public void Highlight_AdjacentChineseBigrams_MakeOneMark()
    {
        var snippet = SnippetHighlighter.Highlight(_analyzer, "使用国内支付接口发起转账", Terms("支付", "付接", "接口"));

        Assert.Equal("使用国内<mark>支付接口</mark>发起转账", snippet);
    }

    [Fact]
    public void Highlight_NoMatch_ReturnsTheEscapedStart()
    {
        var snippet = SnippetHighlighter.Highlight(_analyzer, "<b>Bold</b>\n\nclaims", Terms("nothing"));

        Assert.Equal("&lt;b&gt;Bold&lt;/b&gt; claims", snippet);
    }

    [Fact]
    public void Highlight_IdentifierPart_MarksOnlyThatPart()
    {
        var snippet = SnippetHighlighter.Highlight(_analyzer, "Use OBWriteDomestic2 here.", Terms("domest"));

        Assert.Equal("Use OBWrite<mark>Domestic</mark>2 here.", snippet);
    }

    private static HashSet<string> Terms(params string[] terms) => new(terms, StringComparer.Ordinal);
}
