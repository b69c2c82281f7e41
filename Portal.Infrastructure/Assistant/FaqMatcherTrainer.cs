using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Portal.Infrastructure.Importing;

namespace Portal.Infrastructure.Assistant;

/// <summary>
/// Builds matchers. A tenth of the phrasings of every entry that has at least five is held out as a
/// dev split; the mixing weights and the confidence threshold are chosen on it, never on a test set.
/// </summary>
public static class FaqMatcherTrainer
{
    public const int MinExamplesForDev = 5;

    /// <summary>Without held-out phrasings there is nothing to learn from: these settled on our own FAQ.</summary>
    private static readonly MatcherTuning Fallback = new(0.5, 1.0, 0.4, 0, 0, 0);

    public sealed record Split(IReadOnlyList<MatcherEntry> Train, IReadOnlyList<(string Text, int Entry)> Dev);

    public static Split DevSplit(IReadOnlyList<MatcherEntry> entries, int seed = 7)
    {
        var random = new Random(seed);
        var train = new List<MatcherEntry>(entries.Count);
        var dev = new List<(string, int)>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e.Phrasings.Count + 1 < MinExamplesForDev)
            {
                train.Add(e);
                continue;
            }

            var shuffled = e.Phrasings.ToArray();
            random.Shuffle(shuffled);
            var held = Math.Max(1, shuffled.Length / 10);
            dev.AddRange(shuffled[..held].Select(p => (p, i)));
            train.Add(e with { Phrasings = shuffled[held..] });
        }

        return new Split(train, dev);
    }

    /// <summary>BM25 alone: ready at once, so the assistant answers while the classifier trains.</summary>
    public static FaqMatcher Bm25Only(IReadOnlyList<MatcherEntry> entries)
    {
        var split = DevSplit(entries);
        if (split.Dev.Count == 0)
        {
            return new FaqMatcher(entries, Fallback with { Alpha = 0 });
        }

        var pool = new Bm25Pool([.. split.Train.Select(e => FaqMatcher.Pooled(e.Question, e.Phrasings))]);
        var dev = split.Dev.Select(d => Evaluate(d.Text, d.Entry, entries, pool, null)).ToList();
        return new FaqMatcher(entries, Tune(dev, entries, [0.0]));
    }

    /// <summary>BM25 plus the classifier, trained on the train part of the split; about a second per thousand phrasings.</summary>
    public static FaqMatcher WithClassifier(IReadOnlyList<MatcherEntry> entries, CancellationToken cancellationToken = default) =>
        new(entries, TrainAndTune(entries, cancellationToken, out var classifier), classifier);

    public static FaqMatcher WithClassifier(IReadOnlyList<MatcherEntry> entries, PhrasingClassifier classifier, MatcherTuning tuning) =>
        new(entries, tuning, classifier);

    public static MatcherTuning TrainAndTune(IReadOnlyList<MatcherEntry> entries, CancellationToken cancellationToken, out PhrasingClassifier classifier)
    {
        var split = DevSplit(entries);
        var examples = new List<(string, int)>();
        for (var i = 0; i < split.Train.Count; i++)
        {
            examples.Add((split.Train[i].Question, i));
            examples.AddRange(split.Train[i].Phrasings.Select(p => (p, i)));
        }

        classifier = PhrasingClassifier.Train([.. entries.Select(e => e.Key)], examples, cancellationToken: cancellationToken);
        if (split.Dev.Count == 0)
        {
            return Fallback;
        }

        var pool = new Bm25Pool([.. split.Train.Select(e => FaqMatcher.Pooled(e.Question, e.Phrasings))]);
        var model = classifier;
        var dev = split.Dev.Select(d => Evaluate(d.Text, d.Entry, entries, pool, model)).ToList();
        return Tune(dev, entries, [0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]);
    }

    private sealed record DevQuestion(int Entry, float[] Bm25, float[]? Probabilities, double Coverage, IReadOnlyList<int> Allowed);

    private static DevQuestion Evaluate(string text, int entry, IReadOnlyList<MatcherEntry> entries, Bm25Pool pool, PhrasingClassifier? classifier)
    {
        var words = TextFeatures.Words(text);
        var language = FaqImporter.ContainsCjk(text) ? "zh-CN" : "en";
        var allowed = Enumerable.Range(0, entries.Count).Where(i => entries[i].Language == language).ToList();
        return new DevQuestion(entry, pool.Score(words), classifier?.Predict(text, words), FaqMatcher.Coverage(words, pool), allowed);
    }

    private static MatcherTuning Tune(IReadOnlyList<DevQuestion> dev, IReadOnlyList<MatcherEntry> entries, IReadOnlyList<double> alphas)
    {
        var identity = Enumerable.Range(0, entries.Count).ToArray();
        MatcherTuning? best = null;
        var bestUtility = double.MinValue;
        foreach (var alpha in alphas)
        {
            foreach (var temperature in new[] { 0.5, 1.0, 2.0, 4.0 })
            {
                var outcomes = dev.Select(d =>
                {
                    var combined = FaqMatcher.Combine(d.Bm25, d.Probabilities, identity, d.Allowed, alpha, temperature);
                    var top = d.Allowed.MaxBy(i => combined[i]);
                    return (Correct: top == d.Entry, Confidence: combined[top] * d.Coverage);
                }).ToList();
                var top1 = outcomes.Count(o => o.Correct) / (double)outcomes.Count;
                var (threshold, utility, precision, coverage) = BestThreshold(outcomes);
                // Top-1 decides the mix; the threshold's utility breaks ties.
                var score = (top1 * 1000) + utility / outcomes.Count;
                if (score > bestUtility)
                {
                    bestUtility = score;
                    best = new MatcherTuning(alpha, temperature, threshold, top1, precision, coverage);
                }
            }
        }

        return best!;
    }

    /// <summary>A wrong answer costs three right ones: partners who get a confident wrong answer stop trusting the assistant.</summary>
    private static (double Threshold, double Utility, double Precision, double Coverage) BestThreshold(List<(bool Correct, double Confidence)> outcomes)
    {
        var sorted = outcomes.OrderByDescending(o => o.Confidence).ToList();
        double utility = 0, best = 0, threshold = 1.01;
        int answered = 0, correct = 0, bestAnswered = 0, bestCorrect = 0;
        foreach (var o in sorted)
        {
            utility += o.Correct ? 1 : -3;
            answered++;
            correct += o.Correct ? 1 : 0;
            if (utility > best)
            {
                best = utility;
                threshold = o.Confidence;
                bestAnswered = answered;
                bestCorrect = correct;
            }
        }

        return (Math.Max(0.05, threshold), best, bestAnswered == 0 ? 0 : (double)bestCorrect / bestAnswered, (double)bestAnswered / sorted.Count);
    }

    /// <summary>Identifies the entries a model was trained on; a stored model with another fingerprint is retrained.</summary>
    public static string Fingerprint(IReadOnlyList<MatcherEntry> entries)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes("model-v1\n"));
        foreach (var e in entries)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\u001f', e.Key, e.Question, e.Language, string.Join('\u001e', e.Phrasings)) + "\n"));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public static string Describe(MatcherTuning t) => string.Create(
        CultureInfo.InvariantCulture,
        $"alpha {t.Alpha:0.00}, temperature {t.Temperature:0.0}, threshold {t.Threshold:0.000}; dev top-1 {t.DevTop1:P1}, answered {t.DevCoverage:P1} at precision {t.DevAnsweredPrecision:P1}");
}
