namespace Portal.Infrastructure.Assistant;

/// <summary>
/// Multinomial logistic regression over TF-IDF weighted word 1-2-grams and character 1-4-grams,
/// trained with SGD on the FAQ phrasings. Weights exist only for (feature, entry) pairs seen in
/// training, so hundreds of entries stay a few megabytes and a question costs well under a
/// millisecond; the bias per entry carries the rest.
/// </summary>
public sealed class PhrasingClassifier
{
    private const int FormatVersion = 1;

    private readonly Dictionary<int, float> _idf;
    private readonly Dictionary<int, (int[] Classes, float[] Weights)> _weights;
    private readonly float[] _bias;

    private PhrasingClassifier(IReadOnlyList<string> classes, Dictionary<int, float> idf, Dictionary<int, (int[], float[])> weights, float[] bias)
    {
        Classes = classes;
        _idf = idf;
        _weights = weights;
        _bias = bias;
    }

    /// <summary>The entry keys, in the order of <see cref="Predict"/>'s probabilities.</summary>
    public IReadOnlyList<string> Classes { get; }

    public sealed record Options(int Epochs = 12, float LearningRate = 2f, int Seed = 17);

    public static PhrasingClassifier Train(IReadOnlyList<string> classes, IReadOnlyList<(string Text, int Class)> examples, Options? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new Options();
        var raw = examples.Select(e => TextFeatures.Raw(e.Text, TextFeatures.Words(e.Text))).ToList();
        var df = new Dictionary<int, int>();
        foreach (var vector in raw)
        {
            foreach (var f in vector.Keys)
            {
                df[f] = df.TryGetValue(f, out var n) ? n + 1 : 1;
            }
        }

        var total = examples.Count;
        var idf = df.ToDictionary(p => p.Key, p => MathF.Log((total + 1f) / (p.Value + 1f)) + 1f);
        var support = new Dictionary<int, HashSet<int>>();
        var vectors = new (int[] Features, float[] Values)[total];
        for (var i = 0; i < total; i++)
        {
            vectors[i] = Weigh(raw[i], idf);
            foreach (var f in vectors[i].Features)
            {
                if (!support.TryGetValue(f, out var set))
                {
                    support[f] = set = [];
                }

                set.Add(examples[i].Class);
            }
        }

        var weights = support.ToDictionary(p => p.Key, p => (Classes: p.Value.Order().ToArray(), Weights: new float[p.Value.Count]));
        var bias = new float[classes.Count];
        var order = Enumerable.Range(0, total).ToArray();
        var random = new Random(options.Seed);
        var scores = new float[classes.Count];
        var slots = new (int[] Classes, float[] Weights)[64];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            var rate = options.LearningRate * (1f - (0.9f * epoch / options.Epochs));
            foreach (var i in order)
            {
                var (features, values) = vectors[i];
                if (slots.Length < features.Length)
                {
                    slots = new (int[], float[])[features.Length * 2];
                }

                for (var k = 0; k < features.Length; k++)
                {
                    slots[k] = weights[features[k]];
                }

                Scores(features.Length, slots, values, bias, scores);
                Softmax(scores);
                var target = examples[i].Class;
                for (var k = 0; k < features.Length; k++)
                {
                    var (cs, ws) = slots[k];
                    var x = values[k] * rate;
                    for (var j = 0; j < cs.Length; j++)
                    {
                        var c = cs[j];
                        ws[j] += x * ((c == target ? 1f : 0f) - scores[c]);
                    }
                }

                for (var c = 0; c < bias.Length; c++)
                {
                    bias[c] += 0.1f * rate * ((c == target ? 1f : 0f) - scores[c]);
                }
            }
        }

        return new PhrasingClassifier(classes, idf, weights.ToDictionary(p => p.Key, p => (p.Value.Classes, p.Value.Weights)), bias);
    }

    /// <summary>A probability per class (summing to 1), and how much of the question the model has seen before (0..1).</summary>
    public float[] Predict(string text, IReadOnlyList<string> words)
    {
        var raw = TextFeatures.Raw(text, words);
        var (features, values) = Weigh(raw, _idf);
        var slots = new (int[] Classes, float[] Weights)[features.Length];
        for (var k = 0; k < features.Length; k++)
        {
            slots[k] = _weights[features[k]];
        }

        var scores = new float[_bias.Length];
        Scores(features.Length, slots, values, _bias, scores);
        Softmax(scores);
        return scores;
    }

    private static (int[] Features, float[] Values) Weigh(Dictionary<int, float> raw, Dictionary<int, float> idf)
    {
        var features = new List<int>(raw.Count);
        var values = new List<float>(raw.Count);
        var norm = 0f;
        foreach (var (f, tf) in raw)
        {
            if (idf.TryGetValue(f, out var weight))
            {
                var v = tf * weight;
                features.Add(f);
                values.Add(v);
                norm += v * v;
            }
        }

        norm = norm > 0 ? MathF.Sqrt(norm) : 1;
        return ([.. features], [.. values.Select(v => v / norm)]);
    }

    private static void Scores(int count, (int[] Classes, float[] Weights)[] slots, float[] values, float[] bias, float[] scores)
    {
        Array.Copy(bias, scores, bias.Length);
        for (var k = 0; k < count; k++)
        {
            var (cs, ws) = slots[k];
            var x = values[k];
            for (var j = 0; j < cs.Length; j++)
            {
                scores[cs[j]] += x * ws[j];
            }
        }
    }

    private static void Softmax(float[] scores)
    {
        var max = scores.Max();
        var sum = 0f;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
        }
    }

    public void Save(Stream stream, string fingerprint)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(FormatVersion);
        writer.Write(fingerprint);
        writer.Write(Classes.Count);
        foreach (var c in Classes)
        {
            writer.Write(c);
        }

        foreach (var b in _bias)
        {
            writer.Write(b);
        }

        writer.Write(_idf.Count);
        foreach (var (f, v) in _idf)
        {
            writer.Write(f);
            writer.Write(v);
            var (cs, ws) = _weights[f];
            writer.Write(cs.Length);
            for (var j = 0; j < cs.Length; j++)
            {
                writer.Write(cs[j]);
                writer.Write(ws[j]);
            }
        }
    }

    /// <summary>The model stored in <paramref name="stream"/>, or null when it was trained on other entries or is unreadable.</summary>
    public static PhrasingClassifier? Load(Stream stream, string fingerprint)
    {
        try
        {
            using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            if (reader.ReadInt32() != FormatVersion || reader.ReadString() != fingerprint)
            {
                return null;
            }

            var classes = new string[reader.ReadInt32()];
            for (var c = 0; c < classes.Length; c++)
            {
                classes[c] = reader.ReadString();
            }

            var bias = new float[classes.Length];
            for (var c = 0; c < bias.Length; c++)
            {
                bias[c] = reader.ReadSingle();
            }

            var count = reader.ReadInt32();
            var idf = new Dictionary<int, float>(count);
            var weights = new Dictionary<int, (int[], float[])>(count);
            for (var i = 0; i < count; i++)
            {
                var f = reader.ReadInt32();
                idf[f] = reader.ReadSingle();
                var n = reader.ReadInt32();
                var cs = new int[n];
                var ws = new float[n];
                for (var j = 0; j < n; j++)
                {
                    cs[j] = reader.ReadInt32();
                    ws[j] = reader.ReadSingle();
                }

                weights[f] = (cs, ws);
            }

            return new PhrasingClassifier(classes, idf, weights, bias);
        }
        catch (EndOfStreamException)
        {
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
