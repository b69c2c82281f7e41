using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Portal.Infrastructure.Search;

/// <summary>
/// One chain for English and Chinese in the same text, plus a chain for the identifiers field.
/// Text fields: StandardTokenizer (keeps CJK characters as separate tokens) → English possessives →
/// identifier parts (OBWriteDomestic2 → obwritedomestic2, ob, write, domestic, 2) → full-width
/// normalisation → lower case → CJK bigrams → stop words → English (Porter2) stemming.
/// </summary>
/// <remarks>
/// Documents are indexed with CJK unigrams and bigrams, queries are analysed with bigrams only:
/// a one-character query still finds its unigram, while longer Chinese queries match on the far
/// more selective bigrams instead of on every common character.
/// </remarks>
public sealed class PortalAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private const CJKScript AllCjkScripts = CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL;

    private readonly bool _cjkUnigrams;
    private readonly StemCache _stems = new();

    private PortalAnalyzer(bool cjkUnigrams)
        // Components differ per field (text chain or identifier chain), so they must be cached per field.
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        _cjkUnigrams = cjkUnigrams;
    }

    public static PortalAnalyzer ForIndexing() => new(cjkUnigrams: true);

    public static PortalAnalyzer ForQueries() => new(cjkUnigrams: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        if (fieldName == SearchFields.Identifiers)
        {
            var identifierSource = new IdentifierTokenizer(Version, reader);
            TokenStream identifiers = new LowerCaseFilter(Version, identifierSource);
            identifiers = new IdentifierFilter(identifiers);
            return new TokenStreamComponents(identifierSource, identifiers);
        }

        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new IdentifierPartsFilter(stream);
        stream = new CJKWidthFilter(stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new CJKBigramFilter(stream, AllCjkScripts, _cjkUnigrams);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new CachedEnglishStemFilter(stream, _stems);
        return new TokenStreamComponents(source, stream);
    }
}
