using Portal.Infrastructure.Assistant;
using Portal.Infrastructure.Importing;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Assistant;

/// <summary>The matcher on a slice of BANKING77 (twelve intents), so training stays a few seconds.</summary>
public sealed class FaqMatcherTests
{
    private static readonly string[] Intents =
    [
        "card_arrival", "lost_or_stolen_card", "exchange_rate", "top_up_failed", "pin_blocked", "change_pin",
        "transfer_not_received_by_recipient", "cash_withdrawal_charge", "age_limit", "country_support", "declined_card_payment", "verify_my_identity",
    ];

    private static readonly Lazy<(List<MatcherEntry> Entries, List<(string Question, string Key)> Tests)> Slice = new(() =>
    {
        var warnings = new List<string>();
        var train = FaqImporter.ParseCsv(File.ReadAllText(Path.Combine(Corpora.Root, "banking77", "train.csv")), "train.csv", warnings)
            .Where(p => Intents.Contains(p.Key))
            .Select(p => new MatcherEntry(p.Key, p.Question, "", p.Category, p.Language, null, p.Phrasings)).ToList();
        var test = FaqImporter.ParseCsv(File.ReadAllText(Path.Combine(Corpora.Root, "banking77", "test.csv")), "test.csv", warnings)
            .Where(p => Intents.Contains(p.Key))
            .SelectMany(p => p.Phrasings.Select(q => (q, p.Key))).ToList();
        return (train, test);
    });

    private static readonly Lazy<FaqMatcher> Trained = new(() => FaqMatcherTrainer.WithClassifier(Slice.Value.Entries));

    [Fact]
    public void TrainedMatcher_PicksTheRightIntentForUnseenQuestions()
    {
        var (_, tests) = Slice.Value;
        var right = tests.Count(t => Trained.Value.Match(t.Question).Best?.Entry.Key == t.Key);
        Assert.True(right >= tests.Count * 0.9, $"{right} of {tests.Count} right");
        Assert.True(Trained.Value.HasModel);
    }

    [Fact]
    public void TheClassifier_BeatsBm25Alone()
    {
        var (entries, tests) = Slice.Value;
        var bm25 = FaqMatcherTrainer.Bm25Only(entries);
        int Right(FaqMatcher m) => tests.Count(t => m.Match(t.Question).Best?.Entry.Key == t.Key);
        Assert.True(Right(Trained.Value) > Right(bm25), $"combined {Right(Trained.Value)}, BM25 {Right(bm25)}");
    }

    [Theory]
    [InlineData("qwpoeiru zxmcnv laksjd")]
    [InlineData("What is the tallest mountain in South America?")]
    public void UnrelatedQuestions_AreNotConfident(string question) =>
        Assert.False(Trained.Value.Match(question).Confident);

    [Fact]
    public void AStoredModel_AnswersLikeTheTrainedOne_AndAnotherFaqRefusesIt()
    {
        var entries = Slice.Value.Entries;
        var tuning = FaqMatcherTrainer.TrainAndTune(entries, CancellationToken.None, out var classifier);
        using var stream = new MemoryStream();
        classifier.Save(stream, FaqMatcherTrainer.Fingerprint(entries));
        stream.Position = 0;
        var loaded = PhrasingClassifier.Load(stream, FaqMatcherTrainer.Fingerprint(entries));
        Assert.NotNull(loaded);
        var fresh = FaqMatcherTrainer.WithClassifier(entries, classifier, tuning);
        var restored = FaqMatcherTrainer.WithClassifier(entries, loaded, tuning);
        foreach (var (question, _) in Slice.Value.Tests.Take(50))
        {
            Assert.Equal(fresh.Match(question).Best?.Entry.Key, restored.Match(question).Best?.Entry.Key);
        }

        stream.Position = 0;
        Assert.Null(PhrasingClassifier.Load(stream, FaqMatcherTrainer.Fingerprint(entries.Skip(1).ToList())));
    }

    [Fact]
    public void MarkdownImport_TakesQuestionHeadingsAndTheirCategory()
    {
        const string Markdown = "# Payments\n\n[[toc]]\n\n### **Can I pay in euros?**\n\nNo, pounds only.\n\n## Cards\n\n### Is Visa supported?\n\nYes.\n\n### Added\n\n- not a question\n";
        var entries = FaqImporter.ParseMarkdown(Markdown, "kb/payments.md");
        Assert.Equal(["Can I pay in euros?", "Is Visa supported?"], entries.Select(e => e.Question));
        Assert.Equal(["Payments", "Cards"], entries.Select(e => e.Category));
        Assert.Equal("No, pounds only.", entries[0].Answer);
        Assert.Equal("kb/payments#can-i-pay-in-euros", entries[0].Key);
    }
}
