using Lucene.Net.Analysis.TokenAttributes;
using Portal.Infrastructure.Search;

namespace Portal.Tests.Search;

public sealed class PortalAnalyzerTests
{
    [Fact]
    public void Analyze_CamelCaseIdentifier_KeepsWholeAndSplitsAcronymWordsAndDigits()
    {
        var terms = Analyze(SearchFields.Text, "OBWriteDomestic2");

        Assert.Equal(["obwritedomestic2", "ob", "write", "domest", "2"], terms);
    }

    [Fact]
    public void Analyze_EnglishText_DropsStopWordsPossessivesAndStems()
    {
        var terms = Analyze(SearchFields.Text, "The bank's payments are authorised");

        Assert.Equal(["bank", "payment", "authoris"], terms);
    }

    [Theory]
    [InlineData("subscribe", "event subscriptions")]
    [InlineData("notify", "notifications")]
    [InlineData("revoke", "revocation")]
    public void Analyze_VerbAndItsNoun_MeetInOneStem(string verb, string noun)
    {
        Assert.Equal(Analyze(SearchFields.Text, verb)[^1], Analyze(SearchFields.Text, noun, PortalAnalyzer.ForIndexing())[^1]);
    }

    [Fact]
    public void Analyze_ChineseForIndexing_EmitsUnigramsAndBigrams()
    {
        var terms = Analyze(SearchFields.Text, "支付接口", PortalAnalyzer.ForIndexing());

        Assert.Equal(["支", "支付", "付", "付接", "接", "接口", "口"], terms);
    }

    [Fact]
    public void Analyze_ChineseForQueries_EmitsBigramsOnly()
    {
        Assert.Equal(["支付", "付接", "接口"], Analyze(SearchFields.Text, "支付接口"));
        Assert.Equal(["付"], Analyze(SearchFields.Text, "付"));
    }

    [Fact]
    public void Analyze_IdentifiersField_KeepsHyphenatedIdentifiersAndPathSegmentsWhole()
    {
        var terms = Analyze(SearchFields.Identifiers, "Send x-fapi-interaction-id to POST /domestic-payments/{DomesticPaymentId}. Plain words vanish.");

        Assert.Equal(["x-fapi-interaction-id", "domestic-payments/{domesticpaymentid}", "domestic-payments"], terms);
    }

    [Fact]
    public void Analyze_IdentifiersField_KeepsDottedCodesWholeButNotSentenceEnds()
    {
        var terms = Analyze(SearchFields.Identifiers, "Errors such as UK.OBIE.Field.Missing end a sentence.");

        Assert.Equal(["uk.obie.field.missing"], terms);
    }

    private static List<string> Analyze(string field, string text, PortalAnalyzer? analyzer = null)
    {
        using var owned = analyzer ?? PortalAnalyzer.ForQueries();
        using var stream = owned.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var terms = new List<string>();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
