using Portal.Domain.Search;
using Portal.Infrastructure.Search;
using static Portal.Tests.Search.TemporaryIndex;

namespace Portal.Tests.Search;

public sealed class SearchIndexSearchTests : IAsyncLifetime, IDisposable
{
    private readonly TemporaryIndex _temporary = new();

    private SearchIndex Index => _temporary.Index;

    public Task InitializeAsync() => Index.RebuildAsync(
    [
        Doc("v3", "headers", "Interaction id", "Every request carries the x-fapi-interaction-id header, echoed in the response."),
        Doc("v3", "headers", "Other ids", "The interaction between the id of a fapi client and x is not a header name."),
        Doc("v3", "payments/domestic", "Request body", "The OBWriteDomestic2 object describes a domestic payment order."),
        Doc("v3", "payments/domestic", "Endpoint", "Create the consent first, then POST /domestic-payments with the consent id."),
        Doc("v3", "payments/international", "Endpoint", "International transfers use their own domestic and cross-border payments rules."),
        Doc("v3", "accounts", "Balances", "Read the balances of an account with the accounts scope."),
        Doc("v3", "zh/payments", "国内支付接口", "国内支付接口用于发起境内转账。", title: "支付", language: "zh-CN"),
        Doc("v3", "zh/accounts", "账户信息", "账户信息接口返回余额。", title: "账户", language: "zh-CN"),
        Doc("v2", "accounts", "Balances", "Account balances in version two, shown in color."),
        Doc("v1", "accounts", "Balances", "Account balances in version one, shown in colour."),
        Doc("", "how-to-get-sandbox-access", "How do I get sandbox access", "Ask your onboarding contact for sandbox credentials.", title: "How do I get sandbox access?", kind: SearchKinds.Faq),
        Doc("v3", "security", "Scripts", "Never paste <script>alert('x')</script> into a payment reference & expect it to run."),
    ]);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        var errors = _temporary.Errors.ToList();
        _temporary.Dispose();
        Assert.Empty(errors);
    }

    [Fact]
    public void Search_WholeHyphenatedIdentifier_RanksTheSectionContainingItFirst()
    {
        var hits = Index.Search(new SearchRequest("x-fapi-interaction-id"));

        Assert.Equal("interaction-id", hits[0].Anchor);
    }

    [Fact]
    public void Search_PageStaffPinnedForTheQuery_ComesFirstInTheVersionSearched_EvenWhenTheWordsMissIt()
    {
        Index.Pins.Replace([new SearchPin("Send money ABROAD", "payments/international", "staff-user-id", DateTimeOffset.UnixEpoch)]);

        var hits = Index.Search(new SearchRequest("send   money abroad", Version: "v3"));

        Assert.Equal(("payments/international", true), (hits[0].Path, hits[0].Pinned));
        Assert.All(hits.Skip(1), h => Assert.False(h.Pinned));
        Assert.DoesNotContain(Index.Search(new SearchRequest("send money abroad", Version: "v2")), h => h.Pinned); // v2 has no such page
        Assert.DoesNotContain(Index.Search(new SearchRequest("send money abroad", Version: "v3", Kind: SearchKinds.Faq)), h => h.Pinned);
        Assert.DoesNotContain(Index.Search(new SearchRequest("send money", Version: "v3")), h => h.Pinned); // another query
    }

    [Fact]
    public void Search_PinnedPageTheWordsFound_MovesUpOpeningAtItsBestSection_AndIsListedOnce()
    {
        var unpinned = Index.Search(new SearchRequest("consent id", Version: "v3"));
        Assert.NotEqual("headers", unpinned[0].Path);
        Index.Pins.Replace([new SearchPin("consent id", "headers", "staff-user-id", DateTimeOffset.UnixEpoch)]);

        var hits = Index.Search(new SearchRequest("consent id", Version: "v3"));

        Assert.Equal("headers", hits[0].Path);
        Assert.Equal(unpinned.First(h => h.Path == "headers").Anchor, hits[0].Anchor);
        Assert.Equal(unpinned.Count, hits.Count);
    }

    [Fact]
    public async Task Search_NameOfAHeaderOrField_RanksTheTableThatDefinesItAboveSamplesThatUseIt()
    {
        using var temporary = new TemporaryIndex();
        await temporary.Index.RebuildAsync(
        [
            Doc("v1", "examples", "Request", "POST /payments x-fapi-interaction-id: 93bac548 x-fapi-interaction-id: 93bac548 Authorization: Bearer token"),
            Doc("v1", "examples", "Response", "HTTP/1.1 201 Created x-fapi-interaction-id: 93bac548 {\"CountPerPeriod\": 2}"),
            Doc(
                "v1",
                "profile",
                "Request headers",
                "x-fapi-interaction-id An RFC4122 UID used as a correlation id, played back by the bank in the response. "
                    + "x-fapi-auth-date The time the customer last logged in. x-fapi-customer-ip-address The customer's IP address. "
                    + "x-idempotency-key Unique request identifier to support idempotency. Authorization Standard HTTP header. "
                    + "CountPerPeriod How many payments a period allows.",
                title: "API profile",
                defines: "x-fapi-interaction-id x-fapi-auth-date x-fapi-customer-ip-address x-idempotency-key Authorization CountPerPeriod"),
        ]);

        Assert.Equal("profile", temporary.Index.Search(new SearchRequest("x-fapi-interaction-id"))[0].Path);
        Assert.Equal("profile", temporary.Index.Search(new SearchRequest("CountPerPeriod"))[0].Path);
    }

    [Fact]
    public async Task Search_OnePageMatchingInSeveralSections_ListsOtherPagesBeforeItsSecondSection()
    {
        using var temporary = new TemporaryIndex();
        await temporary.Index.RebuildAsync(
        [
            Doc("v1", "refunds", "Refund rules", "A refund goes back to the debtor account."),
            Doc("v1", "refunds", "Refund account", "The refund account is where a refund is paid."),
            Doc("v1", "refunds", "Refund status", "A refund has a status of its own."),
            Doc("v1", "payments", "Overview", "A payment may be refunded."),
        ]);

        var hits = temporary.Index.Search(new SearchRequest("refund"));

        Assert.Equal(["refunds", "payments", "refunds", "refunds"], hits.Select(h => h.Path));
    }

    [Fact]
    public async Task Search_ReadersWordForADocsTerm_FindsThePageThatUsesTheDocsTerm()
    {
        using var temporary = new TemporaryIndex();
        await temporary.Index.RebuildAsync(
        [
            Doc("v1", "beneficiaries", "Beneficiaries", "List the trusted beneficiaries of an account."),
            Doc("v1", "callbacks", "Callback URL", "Register the callback URL where the ASPSP sends event notifications."),
            Doc("v1", "accounts", "Accounts", "List the accounts the customer has chosen to share."),
        ]);

        var payees = temporary.Index.Search(new SearchRequest("list my payees"));
        var webhook = temporary.Index.Search(new SearchRequest("where does the bank send my webhook"));

        Assert.Equal("beneficiaries", payees[0].Path);
        Assert.Contains("<mark>beneficiaries</mark>", payees[0].Snippet, StringComparison.Ordinal);
        Assert.Equal("callbacks", webhook[0].Path);
    }

    [Fact]
    public async Task Search_QuestionWords_DoNotOutweighTheSubject()
    {
        using var temporary = new TemporaryIndex();
        await temporary.Index.RebuildAsync(
        [
            Doc("v1", "faq-style", "Questions", "How do I know what you can do? Which one should I use, and when?"),
            Doc("v1", "retries", "Retry policy", "The ASPSP retries an event notification that failed."),
        ]);

        var hits = temporary.Index.Search(new SearchRequest("how do I know when the ASPSP retries"));
        var onlyQuestionWords = temporary.Index.Search(new SearchRequest("how do I"));

        Assert.Equal("retries", hits[0].Path);
        Assert.Equal("faq-style", Assert.Single(onlyQuestionWords).Path);
    }

    [Fact]
    public void Search_PartOfHyphenatedIdentifier_FindsTheSection()
    {
        var hits = Index.Search(new SearchRequest("fapi"));

        Assert.Contains(hits, h => h.Anchor == "interaction-id");
    }

    [Fact]
    public void Search_CamelCaseIdentifierWholeOrByPart_FindsTheSection()
    {
        Assert.Equal("request-body", Index.Search(new SearchRequest("OBWriteDomestic2"))[0].Anchor);
        Assert.Equal("request-body", Index.Search(new SearchRequest("obwritedomestic2"))[0].Anchor);
        Assert.Contains(Index.Search(new SearchRequest("write")), h => h.Anchor == "request-body");
    }

    [Fact]
    public void Search_PathIdentifier_RanksTheEndpointAboveTextWithTheSameWords()
    {
        var hits = Index.Search(new SearchRequest("/domestic-payments"));

        Assert.Equal(("payments/domestic", "endpoint"), (hits[0].Path, hits[0].Anchor));
        Assert.Contains(hits, h => h.Path == "payments/international");
    }

    [Fact]
    public void Search_PluralWord_FindsSingularByStemming()
    {
        // That section says only "payment"; the plural query must still find it.
        var hits = Index.Search(new SearchRequest("payments orders"));

        Assert.Equal("request-body", hits[0].Anchor);
    }

    [Fact]
    public void Search_ChineseWord_FindsTheChineseSection()
    {
        var hits = Index.Search(new SearchRequest("支付"));

        Assert.Equal("zh/payments", hits[0].Path);
        Assert.DoesNotContain(hits, h => h.Path == "zh/accounts");
        Assert.Contains("<mark>支付</mark>", hits[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_SingleChineseCharacter_FindsSectionsContainingIt()
    {
        var hits = Index.Search(new SearchRequest("账"));

        Assert.Equal("zh/accounts", hits[0].Path);
    }

    [Fact]
    public void Search_VersionFilter_ReturnsOnlyThatVersionAndVersionlessEntries()
    {
        var hits = Index.Search(new SearchRequest("balances", Version: "v2"));

        Assert.Equal(["v2"], hits.Select(h => h.Version));
        Assert.Empty(Index.Search(new SearchRequest("balances", Version: "v")));
    }

    [Fact]
    public void Search_KindFilter_ReturnsOnlyThatKind()
    {
        var faqs = Index.Search(new SearchRequest("sandbox access", Kind: SearchKinds.Faq));
        var docs = Index.Search(new SearchRequest("sandbox access", Kind: SearchKinds.Doc));

        Assert.Equal([SearchKinds.Faq], faqs.Select(h => h.Kind));
        Assert.Empty(docs);
    }

    [Fact]
    public void Search_PreferredVersion_ComesFirstWithoutHidingOthers()
    {
        var hits = Index.Search(new SearchRequest("account balances", PreferVersion: "v1"));

        Assert.Equal("v1", hits[0].Version);
        Assert.Contains(hits, h => h.Version == "v2");
        Assert.Contains(hits, h => h.Version == "v3");
    }

    [Fact]
    public void Search_Typo_FallsBackToFuzzyMatches()
    {
        var hits = Index.Search(new SearchRequest("paymnet"));

        Assert.NotEmpty(hits);
        Assert.Contains(hits, h => h.Anchor == "request-body");
        Assert.Contains("<mark>payment</mark>", hits.First(h => h.Anchor == "request-body").Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_TypoNextToAKnownWord_StillMatchesTheMisspeltWord()
    {
        var hits = Index.Search(new SearchRequest("domestic paymnet order"));

        Assert.Equal("request-body", hits[0].Anchor);
        Assert.Contains("<mark>payment</mark> <mark>order</mark>", hits[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_KnownWordWithNoMatchUnderTheFilter_FallsBackToFuzzy()
    {
        // "color" is in v2 only, so the exact search within v1 finds nothing and the loosened one finds "colour".
        var hits = Index.Search(new SearchRequest("color", Version: "v1"));

        Assert.Equal(["v1"], hits.Select(h => h.Version));
        Assert.Contains("<mark>colour</mark>", hits[0].Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("AND OR")]
    [InlineData("NOT")]
    [InlineData("a:b:c")]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("payment~^2 [a TO z] {x} (y) !z / \\ title:balances")]
    [InlineData("😀 💸 payment 😀")]
    [InlineData("\uD83D")]
    [InlineData("")]
    [InlineData("   \t\n ")]
    public void Search_AnythingTyped_NeverThrows(string query)
    {
        var hits = Index.Search(new SearchRequest(query));

        Assert.NotNull(hits);
    }

    [Fact]
    public void Search_TenThousandCharacters_NeverThrows()
    {
        var query = string.Concat(Enumerable.Repeat("payment* \"AND( ", 700))[..10_000];

        var hits = Index.Search(new SearchRequest(query));

        Assert.NotNull(hits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the and of")]
    public void Search_EmptyOrOnlyStopWords_ReturnsNoHits(string query)
    {
        Assert.Empty(Index.Search(new SearchRequest(query)));
    }

    [Fact]
    public void Search_QueryWithSyntaxCharacters_SearchesTheWords()
    {
        var hits = Index.Search(new SearchRequest("\"account (balances"));

        Assert.Contains(hits, h => h.Path == "accounts");
    }

    [Fact]
    public void Search_Top_LimitsTheNumberOfHits()
    {
        Assert.Single(Index.Search(new SearchRequest("balances", Top: 1)));
    }

    [Fact]
    public void Search_Match_IsMarkedInAnHtmlEscapedSnippet()
    {
        var hit = Index.Search(new SearchRequest("payment reference"))[0];

        Assert.Equal("scripts", hit.Anchor);
        Assert.Contains("<mark>payment</mark> <mark>reference</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_StemmedMatch_MarksTheWordAsWritten()
    {
        var hit = Index.Search(new SearchRequest("payment", Version: "v3")).First(h => h.Anchor == "endpoint" && h.Path == "payments/domestic");

        Assert.Contains("POST /domestic-<mark>payments</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Hit_CarriesWhereToLink()
    {
        var hit = Index.Search(new SearchRequest("OBWriteDomestic2"))[0];

        Assert.Equal((SearchKinds.Doc, "Payments", "v3", "payments/domestic", "request-body"), (hit.Kind, hit.Title, hit.Version, hit.Path, hit.Anchor));
        Assert.True(hit.Score > 0);
    }
}
