using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Portal.Infrastructure.Search;

namespace Portal.Infrastructure.Assistant;

/// <summary>
/// Turns a question into what the matcher compares: analysed words (the search analyzer's English
/// stems and CJK bigrams) for BM25, and hashed word 1-2-grams plus character 1-4-grams for the
/// classifier. Hashes are FNV-1a, stable across processes, so a persisted model stays valid.
/// </summary>
public static class TextFeatures
{
    private static readonly PortalAnalyzer Analyzer = PortalAnalyzer.ForQueries();

    public static List<string> Words(string text)
    {
        var words = new List<string>();
        using var stream = Analyzer.GetTokenStream(SearchFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }

    /// <summary>Sparse features with sublinear term frequency, before IDF weighting and normalisation.</summary>
    public static Dictionary<int, float> Raw(string text, IReadOnlyList<string> words)
    {
        var counts = new Dictionary<int, float>();
        void Add(int id) => counts[id] = counts.TryGetValue(id, out var c) ? c + 1 : 1;

        for (var i = 0; i < words.Count; i++)
        {
            Add(Hash("w", words[i]));
            if (i + 1 < words.Count)
            {
                Add(Hash("b", words[i] + " " + words[i + 1]));
            }
        }

        var normal = Normalise(text);
        for (var n = 1; n <= 4; n++)
        {
            for (var i = 0; i + n <= normal.Length; i++)
            {
                Add(Hash("c", normal.AsSpan(i, n)));
            }
        }

        foreach (var key in counts.Keys.ToList())
        {
            counts[key] = 1 + MathF.Log(counts[key]);
        }

        return counts;
    }

    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append(' ');
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        if (builder[^1] != ' ')
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    private static int Hash(string prefix, ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in prefix)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash = (hash ^ 0x1F) * 16777619u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
