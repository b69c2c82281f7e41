using System.Runtime.CompilerServices;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Domain;

namespace Portal.Infrastructure.Search;

/// <summary>
/// A reader's text turned into Lucene queries from analysed terms. No query parser is involved, so
/// quotes, operators and special characters are just text and nothing a reader types can fail to parse.
/// </summary>
internal sealed class SearchQuery
{
    /// <summary>Longer input is cut: a pasted page is not a question, and analysis time grows with length.</summary>
    public const int MaxQueryLength = 1000;

    /// <summary>Well under Lucene's 1,024-clause limit, and more terms add nothing but time.</summary>
    private const int MaxTerms = 32;

    private const int MaxIdentifiers = 8;
    private const int MaxPhrasePairs = 4;
    private const int FuzzyPrefixLength = 1;

    /// <summary>
    /// A word scores by its best field and its best spelling (itself or a synonym) only: on the development sets
    /// adding a tenth of the others (title and text both) ranked long pages that repeat the title's words higher.
    /// </summary>
    private const float TieBreaker = 0f;

    private const float IdentifierBoost = 3f;

    /// <summary>
    /// A name found where a table defines it (its first column) beats the many places that merely use it, such as
    /// JSON samples. 2 fixed two of the seven name queries of the development sets (4 did no better) and lost one.
    /// </summary>
    private const float DefinesBoost = 2f;

    /// <summary>A synonym counts a little less than the reader's own word (0.6 beat 0.5, 0.8 and 1 on the development sets).</summary>
    private const float SynonymWeight = 0.6f;

    // Headings name what a section is about and titles what a page is about: both beat a word in passing.
    private static readonly (string Field, float Boost)[] WeightedFields =
    [
        (SearchFields.Title, 2f),
        (SearchFields.Heading, 2.5f),
        (SearchFields.Text, 1f),
    ];

    // Titles are shared by every section of a page, so a phrase there says little about which section; left out to save time.
    private static readonly (string Field, float Boost)[] ProximityFields =
    [
        (SearchFields.Heading, 2.5f),
        (SearchFields.Text, 1f),
    ];

    /// <summary>
    /// Words of a question rather than of its subject ("how do I", "which", "can my app"): left out of a query
    /// that has other words. The index keeps them (only the usual English stop words are dropped there), so a
    /// query of nothing but these still finds what it can.
    /// </summary>
    private static readonly string[] QuestionWords =
    [
        "how", "what", "which", "when", "where", "why", "who", "whom", "whose",
        "do", "does", "did", "doing", "done", "can", "could", "should", "would", "may", "might", "must", "shall",
        "i", "me", "my", "mine", "we", "us", "our", "you", "your", "it's", "its",
        "am", "been", "being", "has", "have", "had", "having",
        "much", "many", "any", "some", "there", "here", "about", "way", "ways",
        "want", "need", "possible", "please", "tell", "know", "find", "out", "up",
    ];

    private readonly List<(string Term, int Position)> _sequence;
    private readonly Dictionary<string, List<string[]>>? _alternatives;

    private SearchQuery(HashSet<string> terms, List<string> orderedTerms, List<(string Term, int Position)> sequence, List<string> identifiers, Dictionary<string, List<string[]>>? alternatives)
    {
        Terms = terms;
        OrderedTerms = orderedTerms;
        _sequence = sequence;
        _alternatives = alternatives;
        Identifiers = identifiers;

        // A word with a synonym is a word of the domain said another way, not a typo.
        FuzzyCandidates = orderedTerms.Where(t => FuzzyEdits(t) > 0 && alternatives?.ContainsKey(t) != true).ToList();
        HighlightTerms = alternatives is null
            ? terms
            : [.. terms.Concat(alternatives.Values.SelectMany(a => a).SelectMany(a => a))];
    }

    /// <summary>The distinct analysed terms of the text fields, for highlighting.</summary>
    public HashSet<string> Terms { get; }

    public IReadOnlyList<string> OrderedTerms { get; }

    /// <summary><see cref="Terms"/> and the terms of their synonyms: what a snippet marks.</summary>
    public HashSet<string> HighlightTerms { get; }

    public IReadOnlyList<string> Identifiers { get; }

    /// <summary>Names in the query (<c>CountPerPeriod</c>, <c>x-fapi-interaction-id</c>) as text-field words, to find where they are defined.</summary>
    public IReadOnlyList<string[]> Names { get; private init; } = [];

    public bool IsEmpty => OrderedTerms.Count == 0 && Identifiers.Count == 0;

    /// <summary>The terms long enough, and Latin enough, to be matched by near spellings.</summary>
    public IReadOnlyList<string> FuzzyCandidates { get; }

    public static SearchQuery Parse(Analyzer queryAnalyzer, string text, DomainSynonyms? synonyms = null)
    {
        ArgumentNullException.ThrowIfNull(queryAnalyzer);
        text = PlainWords.Cut(text ?? string.Empty, MaxQueryLength);

        var terms = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<string>();
        var sequence = new List<(string Term, int Position)>();
        var names = new List<string[]>();
        using (var stream = queryAnalyzer.GetTokenStream(SearchFields.Text, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            var position = -1;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                var value = term.ToString();
                if (terms.Add(value))
                {
                    ordered.Add(value);
                }

                // One term per position for phrases: the last, which is an identifier's part rather than the whole.
                if (sequence.Count > 0 && sequence[^1].Position == position)
                {
                    if (names.Count == 0 || names[^1][0] != sequence[^1].Term)
                    {
                        names.Add([sequence[^1].Term]);
                    }

                    sequence[^1] = (value, position);
                }
                else
                {
                    sequence.Add((value, position));
                }

                if (ordered.Count >= MaxTerms)
                {
                    break;
                }
            }

            stream.End();
        }

        if (ordered.Any(t => !IsQuestionWord(queryAnalyzer, t)))
        {
            terms.RemoveWhere(t => IsQuestionWord(queryAnalyzer, t));
            ordered.RemoveAll(t => IsQuestionWord(queryAnalyzer, t));
            sequence.RemoveAll(s => IsQuestionWord(queryAnalyzer, s.Term));
        }

        var identifiers = new List<string>();
        using (var stream = queryAnalyzer.GetTokenStream(SearchFields.Identifiers, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (identifiers.Count < MaxIdentifiers && stream.IncrementToken())
            {
                var value = term.ToString();
                if (!identifiers.Contains(value))
                {
                    identifiers.Add(value);
                    names.Add(DomainSynonyms.Analyse(queryAnalyzer, value));
                }
            }

            stream.End();
        }

        var alternatives = synonyms?.Expand([.. sequence.Select(s => s.Term)]);
        return new SearchQuery(terms, ordered, sequence, identifiers, alternatives) { Names = [.. names.Where(n => n.Length > 0)] };
    }

    /// <summary><see cref="QuestionWords"/> as each query analyzer makes them.</summary>
    private static readonly ConditionalWeakTable<Analyzer, HashSet<string>> AnalysedQuestionWords = [];

    private static bool IsQuestionWord(Analyzer analyzer, string term) =>
        AnalysedQuestionWords.GetValue(analyzer, a =>
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in QuestionWords)
            {
                using var stream = a.GetTokenStream(SearchFields.Text, word);
                var attribute = stream.AddAttribute<ICharTermAttribute>();
                stream.Reset();
                while (stream.IncrementToken())
                {
                    set.Add(attribute.ToString());
                }

                stream.End();
            }

            return set;
        }).Contains(term);

    /// <summary>
    /// Every term may match (coordination rewards matching more of them) and identifiers match whole.
    /// Terms in <paramref name="fuzzyTerms"/> match their near spellings instead.
    /// </summary>
    public Query Build(IReadOnlySet<string>? fuzzyTerms = null)
    {
        var words = new BooleanQuery(disableCoord: false);
        foreach (var term in OrderedTerms)
        {
            words.Add(FieldsQuery(term, fuzzyTerms?.Contains(term) == true, _alternatives?.GetValueOrDefault(term)), Occur.SHOULD);
        }

        foreach (var identifier in Identifiers)
        {
            words.Add(new TermQuery(new Term(SearchFields.Identifiers, identifier)) { Boost = IdentifierBoost }, Occur.SHOULD);
        }

        foreach (var name in Names)
        {
            var defined = new PhraseQuery { Boost = DefinesBoost };
            foreach (var word in name)
            {
                defined.Add(new Term(SearchFields.Defines, word));
            }

            words.Add(defined, Occur.SHOULD);
        }

        return words;
    }

    /// <summary>
    /// Neighbouring query words found next to each other (slop 1) in a field; null for a one-word query.
    /// Meant for rescoring the first hits rather than for matching: phrase positions are costly to read
    /// for every document that has common words.
    /// </summary>
    public Query? BuildProximity()
    {
        if (_sequence.Count < 2)
        {
            return null;
        }

        var proximity = new BooleanQuery(disableCoord: true);
        var pairs = Math.Min(_sequence.Count - 1, MaxPhrasePairs);
        for (var i = 0; i < pairs; i++)
        {
            var (first, firstPosition) = _sequence[i];
            var (second, secondPosition) = _sequence[i + 1];
            var phrases = new DisjunctionMaxQuery(TieBreaker);
            foreach (var (field, boost) in ProximityFields)
            {
                var phrase = new PhraseQuery { Slop = 1, Boost = boost };
                phrase.Add(new Term(field, first), 0);
                phrase.Add(new Term(field, second), secondPosition - firstPosition);
                phrases.Add(phrase);
            }

            proximity.Add(phrases, Occur.SHOULD);
        }

        return proximity;
    }

    /// <summary>A filter for the exact version (plus version-less entries) and kind; null when neither is set.</summary>
    public static Filter? BuildFilter(string? version, string? kind, string? preferVersion, bool preferred)
    {
        var filter = new BooleanQuery(disableCoord: true);
        if (!string.IsNullOrEmpty(version))
        {
            filter.Add(VersionOrUniversal(version), Occur.MUST);
        }

        if (!string.IsNullOrEmpty(kind))
        {
            filter.Add(new TermQuery(new Term(SearchFields.Kind, kind)), Occur.MUST);
        }

        if (!string.IsNullOrEmpty(preferVersion))
        {
            if (preferred)
            {
                filter.Add(VersionOrUniversal(preferVersion), Occur.MUST);
            }
            else
            {
                if (filter.Clauses.Count == 0)
                {
                    filter.Add(new MatchAllDocsQuery(), Occur.MUST);
                }

                filter.Add(VersionOrUniversal(preferVersion), Occur.MUST_NOT);
            }
        }

        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }

    private static BooleanQuery VersionOrUniversal(string version) => new(disableCoord: true)
    {
        { new TermQuery(new Term(SearchFields.Version, version)), Occur.SHOULD },
        { new TermQuery(new Term(SearchFields.Version, string.Empty)), Occur.SHOULD },
    };

    private static DisjunctionMaxQuery FieldsQuery(string term, bool fuzzy, List<string[]>? alternatives)
    {
        var edits = fuzzy ? FuzzyEdits(term) : 0;
        var query = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (field, boost) in WeightedFields)
        {
            Query clause = edits > 0
                ? new FuzzyQuery(new Term(field, term), edits, FuzzyPrefixLength)
                : new TermQuery(new Term(field, term));
            clause.Boost = boost;
            query.Add(clause);
            foreach (var alternative in alternatives ?? [])
            {
                query.Add(Alternative(field, alternative, boost * SynonymWeight));
            }
        }

        return query;
    }

    private static Query Alternative(string field, string[] terms, float boost)
    {
        if (terms.Length == 1)
        {
            return new TermQuery(new Term(field, terms[0])) { Boost = boost };
        }

        var phrase = new PhraseQuery { Boost = boost };
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term));
        }

        return phrase;
    }

    /// <summary>
    /// Edits allowed for a term: none for short words, numbers or CJK; one below eight letters (a
    /// swapped pair counts as one); two beyond. Two edits cost several times one in automaton size,
    /// and short words within two edits of a typo are mostly other words.
    /// </summary>
    private static int FuzzyEdits(string term)
    {
        if (term.Length < 3)
        {
            return 0;
        }

        foreach (var c in term)
        {
            if (c is < 'a' or > 'z')
            {
                return 0;
            }
        }

        return term.Length < 8 ? 1 : 2;
    }
}
