namespace Portal.Infrastructure.Assistant;

/// <summary>
/// BM25 over one pooled document per FAQ entry (its question and every phrasing). In memory: a
/// few hundred entries answer in microseconds, and the shared docs index stays untouched.
/// </summary>
public sealed class Bm25Pool
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    private readonly Dictionary<string, (int Doc, int Tf)[]> _postings;
    private readonly Dictionary<string, float> _idf;
    private readonly float[] _norms;

    public Bm25Pool(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        Count = documents.Count;
        var lengths = documents.Select(d => d.Count).ToArray();
        var average = lengths.Length == 0 ? 1 : Math.Max(1, (float)lengths.Average());
        _norms = [.. lengths.Select(l => K1 * (1 - B + (B * l / average)))];
        var postings = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Count; d++)
        {
            foreach (var group in documents[d].GroupBy(w => w, StringComparer.Ordinal))
            {
                if (!postings.TryGetValue(group.Key, out var list))
                {
                    postings[group.Key] = list = [];
                }

                list.Add((d, group.Count()));
            }
        }

        _postings = postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _idf = postings.ToDictionary(p => p.Key, p => MathF.Log(1 + ((Count - p.Value.Count + 0.5f) / (p.Value.Count + 0.5f))), StringComparer.Ordinal);
    }

    public int Count { get; }

    public bool Knows(string word) => _postings.ContainsKey(word);

    public float[] Score(IReadOnlyList<string> words)
    {
        var scores = new float[Count];
        foreach (var word in words.Distinct(StringComparer.Ordinal))
        {
            if (!_postings.TryGetValue(word, out var postings))
            {
                continue;
            }

            var idf = _idf[word];
            foreach (var (doc, tf) in postings)
            {
                scores[doc] += idf * tf * (K1 + 1) / (tf + _norms[doc]);
            }
        }

        return scores;
    }
}
