using Portal.Infrastructure.Importing;

namespace Portal.Infrastructure.Assistant;

/// <summary>An FAQ entry as the matcher sees it.</summary>
public sealed record MatcherEntry(string Key, string Question, string Answer, string Category, string Language, string? Version, IReadOnlyList<string> Phrasings);

public sealed record FaqCandidate(MatcherEntry Entry, double Score);

/// <summary>The best entries first; <see cref="Confident"/> when the top one may be given as the answer.</summary>
public sealed record FaqMatch(IReadOnlyList<FaqCandidate> Candidates, double Confidence, bool Confident)
{
    public FaqCandidate? Best => Candidates.Count > 0 ? Candidates[0] : null;
}

/// <summary>How BM25 and the classifier are mixed, and from what combined score an answer is given; learned on a dev split.</summary>
/// <param name="Alpha">Weight of the classifier (0 = BM25 only).</param>
/// <param name="Temperature">BM25 scores are turned into probabilities with softmax(score / temperature).</param>
/// <param name="Threshold">Confidence at or above which the top entry is the answer.</param>
public sealed record MatcherTuning(double Alpha, double Temperature, double Threshold, double DevTop1, double DevAnsweredPrecision, double DevCoverage)
{
    public static MatcherTuning Untuned { get; } = new(0, 2, 0.5, 0, 0, 0);
}

/// <summary>
/// Matches a question to FAQ entries: BM25 over each entry's pooled question and phrasings, plus
/// (once trained) the phrasing classifier; the two distributions are mixed. Questions whose words
/// the FAQ has never seen (gibberish, other subjects) lose confidence in proportion, so they are
/// not answered. Immutable: a new matcher replaces the old when entries or the model change.
/// </summary>
public sealed class FaqMatcher
{
    private readonly IReadOnlyList<MatcherEntry> _entries;
    private readonly Bm25Pool _bm25;
    private readonly PhrasingClassifier? _classifier;
    private readonly int[]? _classOf;

    public FaqMatcher(IReadOnlyList<MatcherEntry> entries, MatcherTuning tuning, PhrasingClassifier? classifier = null)
    {
        _entries = entries;
        _bm25 = new Bm25Pool([.. entries.Select(e => Pooled(e.Question, e.Phrasings))]);
        Tuning = tuning;
        _classifier = classifier;
        if (classifier is not null)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < classifier.Classes.Count; i++)
            {
                index.TryAdd(classifier.Classes[i], i);
            }

            _classOf = [.. entries.Select(e => index.TryGetValue(e.Key, out var i) ? i : -1)];
        }
    }

    public static FaqMatcher Empty { get; } = new([], MatcherTuning.Untuned);

    public MatcherTuning Tuning { get; }

    public bool HasModel => _classifier is not null;

    public int Count => _entries.Count;

    public IReadOnlyList<MatcherEntry> Entries => _entries;

    public static List<string> Pooled(string question, IEnumerable<string> phrasings)
    {
        var words = TextFeatures.Words(question);
        foreach (var p in phrasings)
        {
            words.AddRange(TextFeatures.Words(p));
        }

        return words;
    }

    public FaqMatch Match(string question, string? version = null, int top = 3)
    {
        if (_entries.Count == 0)
        {
            return new FaqMatch([], 0, false);
        }

        var words = TextFeatures.Words(question);
        var allowed = Allowed(question, version);
        var combined = Combine(_bm25.Score(words), _classifier?.Predict(question, words), _classOf, allowed, Tuning.Alpha, Tuning.Temperature);
        var coverage = Coverage(words, _bm25);
        var ranked = allowed.OrderByDescending(i => combined[i]).Take(top).Select(i => new FaqCandidate(_entries[i], Math.Round(combined[i] * coverage, 4))).ToList();
        var confidence = ranked.Count > 0 ? ranked[0].Score : 0;
        return new FaqMatch(ranked, confidence, confidence >= Tuning.Threshold);
    }

    /// <summary>Share of the question's words that some entry contains: 0 for gibberish, low for other subjects.</summary>
    internal static double Coverage(IReadOnlyList<string> words, Bm25Pool bm25)
    {
        if (words.Count == 0)
        {
            return 0;
        }

        var known = words.Count(bm25.Knows);
        return Math.Min(1, (double)known / words.Count / 0.75);
    }

    internal static double[] Combine(float[] bm25, float[]? probabilities, int[]? classOf, IReadOnlyList<int> allowed, double alpha, double temperature)
    {
        var combined = new double[bm25.Length];
        if (allowed.Count == 0)
        {
            return combined;
        }

        var max = allowed.Max(i => bm25[i]);
        double sum = 0;
        foreach (var i in allowed)
        {
            combined[i] = Math.Exp((bm25[i] - max) / temperature);
            sum += combined[i];
        }

        foreach (var i in allowed)
        {
            combined[i] /= sum;
        }

        if (probabilities is null || classOf is null || alpha <= 0)
        {
            return combined;
        }

        double total = 0;
        foreach (var i in allowed)
        {
            total += classOf[i] >= 0 ? probabilities[classOf[i]] : 0;
        }

        foreach (var i in allowed)
        {
            var p = total > 0 && classOf[i] >= 0 ? probabilities[classOf[i]] / total : 0;
            combined[i] = (alpha * p) + ((1 - alpha) * combined[i]);
        }

        return combined;
    }

    private List<int> Allowed(string question, string? version)
    {
        var language = FaqImporter.ContainsCjk(question) ? "zh-CN" : "en";
        var allowed = new List<int>();
        for (var i = 0; i < _entries.Count; i++)
        {
            var e = _entries[i];
            if ((e.Version is null || version is null || string.Equals(e.Version, version, StringComparison.OrdinalIgnoreCase)) && e.Language == language)
            {
                allowed.Add(i);
            }
        }

        return allowed.Count > 0 ? allowed : [.. Enumerable.Range(0, _entries.Count)];
    }
}
