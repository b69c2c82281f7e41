using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Portal.Infrastructure.Search;

/// <summary>
/// The words partners use for what the Open Banking docs call something else (payee → beneficiary,
/// webhook → callback or event notification, bank → ASPSP), applied to queries only. A query word
/// with alternatives matches them too, a little weaker than itself; a multi-word alternative must
/// match as a phrase.
/// </summary>
/// <remarks>
/// One-way on purpose: the expansion is from a reader's words to the docs' words, so a query in the
/// docs' own words is not diluted. Written from the domain, not from any relevance set.
/// </remarks>
internal sealed class DomainSynonyms
{
    /// <summary>A reader's word or phrase, and what the docs may call it.</summary>
    private static readonly (string From, string[] To)[] Rules =
    [
        ("payee", ["beneficiary", "creditor"]),
        ("recipient", ["beneficiary", "creditor"]),
        ("payer", ["debtor"]),
        ("money", ["funds"]),
        ("cash", ["funds"]),
        ("foreign", ["international"]),
        ("overseas", ["international"]),
        ("abroad", ["international"]),
        ("cross border", ["international"]),
        ("fx", ["exchange rate"]),
        ("currency conversion", ["exchange rate"]),
        ("webhook", ["callback", "event notification"]),
        ("push notification", ["event notification"]),
        ("recurring", ["standing order"]),
        ("repeating", ["standing order"]),
        ("regular payment", ["standing order"]),
        ("future dated", ["scheduled"]),
        ("later date", ["scheduled"]),
        ("post dated", ["scheduled"]),
        ("batch", ["file", "bulk"]),
        ("bulk payment", ["file payment"]),
        ("mandate", ["consent", "direct debit"]),
        ("permission", ["consent"]),
        ("authorization", ["authorisation"]),
        ("authorisation", ["authorization"]),
        ("authorize", ["authorise"]),
        ("authorise", ["authorize"]),
        ("authorized", ["authorised"]),
        ("authorised", ["authorized"]),
        ("cancel", ["revoke", "delete"]),
        ("withdraw", ["revoke", "delete"]),
        ("remove", ["delete"]),
        ("change", ["update", "amend"]),
        ("modify", ["update", "amend"]),
        ("edit", ["update", "amend"]),
        ("bank", ["aspsp"]),
        ("app", ["tpp"]),
        ("fintech", ["tpp"]),
        ("third party", ["tpp"]),
        ("customer", ["psu"]),
        ("user", ["psu"]),
        ("owner", ["party"]),
        ("holder", ["party"]),
        ("overdraft", ["credit line"]),
        ("limit", ["control parameters"]),
        ("pay", ["payment"]),
        ("transfer", ["payment"]),
        ("duplicate", ["idempotency"]),
        ("twice", ["idempotency"]),
        ("rate limit", ["too many requests"]),
        ("throttling", ["too many requests"]),
        ("paging", ["pagination"]),
        ("next page", ["pagination"]),
        ("signature", ["jws", "signing"]),
        ("sign", ["signing", "jws"]),
        ("two factor", ["strong customer authentication"]),
        ("2fa", ["strong customer authentication"]),
        ("sca", ["strong customer authentication"]),
        ("login", ["authentication"]),
        ("account information", ["aisp"]),
        ("payment initiation", ["pisp"]),
        ("card issuer", ["cbpii"]),
        ("available funds", ["confirmation of funds"]),
        ("enough", ["funds"]),
        ("history", ["transactions"]),
        ("often", ["frequency"]),
        ("frequently", ["frequency"]),
    ];

    private readonly Dictionary<string, List<(string[] From, string[][] To)>> _byFirstTerm = new(StringComparer.Ordinal);

    public DomainSynonyms(Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        foreach (var (from, to) in Rules)
        {
            var source = Analyse(analyzer, from);
            var targets = to.Select(t => Analyse(analyzer, t)).Where(t => t.Length > 0).ToArray();
            if (source.Length == 0 || targets.Length == 0)
            {
                continue;
            }

            if (!_byFirstTerm.TryGetValue(source[0], out var rules))
            {
                _byFirstTerm[source[0]] = rules = [];
            }

            rules.Add((source, targets));
        }
    }

    /// <summary>For each term of <paramref name="sequence"/> that some rule covers, the alternatives (each a term or a phrase).</summary>
    public Dictionary<string, List<string[]>>? Expand(IReadOnlyList<string> sequence)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        Dictionary<string, List<string[]>>? alternatives = null;
        for (var i = 0; i < sequence.Count; i++)
        {
            if (!_byFirstTerm.TryGetValue(sequence[i], out var rules))
            {
                continue;
            }

            foreach (var (from, to) in rules)
            {
                if (i + from.Length > sequence.Count || !Matches(sequence, i, from))
                {
                    continue;
                }

                for (var j = i; j < i + from.Length; j++)
                {
                    alternatives ??= new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
                    if (!alternatives.TryGetValue(sequence[j], out var list))
                    {
                        alternatives[sequence[j]] = list = [];
                    }

                    foreach (var target in to)
                    {
                        if (!(target.Length == 1 && target[0] == sequence[j]) && !list.Any(l => l.AsSpan().SequenceEqual(target)))
                        {
                            list.Add(target);
                        }
                    }
                }
            }
        }

        return alternatives;
    }

    private static bool Matches(IReadOnlyList<string> sequence, int start, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(sequence[start + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text's terms as the query chain makes them, one per position (an identifier's last part).</summary>
    internal static string[] Analyse(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(SearchFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement == 0 && terms.Count > 0)
            {
                terms[^1] = term.ToString();
            }
            else
            {
                terms.Add(term.ToString());
            }
        }

        stream.End();
        return [.. terms];
    }
}
