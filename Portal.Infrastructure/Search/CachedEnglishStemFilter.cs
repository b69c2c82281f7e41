using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Portal.Infrastructure.Search;

/// <summary>English (Porter2, Snowball) stemming with the stems remembered; keywords are left alone.</summary>
/// <remarks>
/// Measured: stemming was half of this chain's analysis time, and every search re-analyses the text
/// of each hit for its snippet. Documentation repeats a small vocabulary, so a cache answers nearly
/// every word. Lucene's own Porter stemmer class is internal, so it cannot sit behind a cache.
/// </remarks>
public sealed class CachedEnglishStemFilter : TokenFilter
{
    /// <summary>
    /// Porter2 leaves a verb and its noun apart where the noun's ending changes the stem: "subscribe" (subscrib) and
    /// "subscription" (subscript), "notify" and "notification", "revoke" and "revocation". A reader types one, the
    /// docs say the other; these join them.
    /// </summary>
    private static readonly Dictionary<string, string> DerivedStems = new(StringComparer.Ordinal)
    {
        ["subscript"] = "subscrib",
        ["notif"] = "notifi",
        ["revoc"] = "revok",
        ["expiri"] = "expir",
        ["verif"] = "verifi",
        ["identif"] = "identifi",
        ["modif"] = "modifi",
        ["descript"] = "describ",
    };

    private readonly StemCache _cache;
    private readonly EnglishStemmer _stemmer = new();
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public CachedEnglishStemFilter(TokenStream input, StemCache cache)
        : base(input)
    {
        _cache = cache;
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_keyword.IsKeyword)
        {
            return true;
        }

        var word = _term.Buffer.AsSpan(0, _term.Length);
        if (!_cache.TryGet(word, out var stem))
        {
            // SetCurrent(string) copies: the char[] overload would stem the term buffer in place.
            var key = word.ToString();
            _stemmer.SetCurrent(key);
            _stemmer.Stem();
            stem = new string(_stemmer.CurrentBuffer, 0, _stemmer.CurrentBufferLength);
            stem = DerivedStems.GetValueOrDefault(stem, stem);
            _cache.Add(key, stem);
        }

        if (!word.SequenceEqual(stem))
        {
            _term.SetEmpty().Append(stem);
        }

        return true;
    }
}

/// <summary>Word → stem, shared by the token streams of one analyzer; stops growing at <see cref="MaxEntries"/>.</summary>
public sealed class StemCache
{
    public const int MaxEntries = 200_000;

    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // ConcurrentDictionary.Count takes every lock; an approximate count of our own is enough for a cap.
    private int _count;

    public StemCache()
    {
        _lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGet(ReadOnlySpan<char> word, out string stem) => _lookup.TryGetValue(word, out stem!);

    public void Add(string word, string stem)
    {
        if (Volatile.Read(ref _count) < MaxEntries && _stems.TryAdd(word, stem))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
