using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Assistant;

/// <summary>
/// Holds the current FAQ matcher for the process. A reload swaps in BM25 at once and trains the
/// classifier in the background (or loads it from the data directory when the entries are the
/// same as last time), so no answer and no page ever waits for training.
/// </summary>
public sealed class FaqModelHost(PortalPaths paths, IServiceScopeFactory scopes, ILogger<FaqModelHost> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile FaqMatcher _current = FaqMatcher.Empty;
    private CancellationTokenSource? _training;
    private Task _trainingTask = Task.CompletedTask;

    public FaqMatcher Current => _current;

    /// <summary>True while a classifier is being trained; answers meanwhile come from BM25 alone.</summary>
    public bool IsTraining => !_trainingTask.IsCompleted;

    public TimeSpan? LastTrainingTime { get; private set; }

    private string ModelFile => Path.Combine(paths.DataDirectory, "assistant", "faq-model.bin");

    private string TuningFile => Path.Combine(paths.DataDirectory, "assistant", "faq-model.json");

    /// <summary>Reads the entries from the database and swaps in a new matcher; the classifier follows in the background.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        List<MatcherEntry> entries;
        await using (var scope = scopes.CreateAsyncScope())
        {
            await using var db = scope.ServiceProvider.GetRequiredService<PortalDbContextFactory>().CreateSystemDbContext();
            var rows = await db.FaqEntries.AsNoTracking().OrderBy(e => e.Key).ToListAsync(cancellationToken);
            entries = [.. rows.Select(e => new MatcherEntry(e.Key, e.Question, e.Answer, e.Category, e.Language, e.Version, e.Phrasings))];
        }

        await ReloadAsync(entries, cancellationToken);
    }

    public async Task ReloadAsync(IReadOnlyList<MatcherEntry> entries, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_training is not null)
            {
                await _training.CancelAsync();
                _training.Dispose();
            }

            var fingerprint = FaqMatcherTrainer.Fingerprint(entries);
            if (TryLoad(entries, fingerprint) is { } stored)
            {
                _current = stored;
                _training = null;
                _trainingTask = Task.CompletedTask;
                return;
            }

            _current = FaqMatcherTrainer.Bm25Only(entries);
            var training = _training = new CancellationTokenSource();
            _trainingTask = Task.Run(() => Train(entries, fingerprint, training.Token), CancellationToken.None);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>For the command line and tests, which want the trained model before they ask.</summary>
    public Task WaitForModelAsync() => _trainingTask;

    private void Train(IReadOnlyList<MatcherEntry> entries, string fingerprint, CancellationToken cancellationToken)
    {
        try
        {
            var clock = Stopwatch.StartNew();
            var tuning = FaqMatcherTrainer.TrainAndTune(entries, cancellationToken, out var classifier);
            cancellationToken.ThrowIfCancellationRequested();
            _current = FaqMatcherTrainer.WithClassifier(entries, classifier, tuning);
            LastTrainingTime = clock.Elapsed;
            logger.LogInformation("FAQ classifier trained on {Entries} entries in {Seconds:0.0} s: {Tuning}", entries.Count, clock.Elapsed.TotalSeconds, FaqMatcherTrainer.Describe(tuning));
            Save(classifier, tuning, fingerprint);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // BM25 keeps answering; the next reload tries again.
            logger.LogError(e, "Training or storing the FAQ classifier failed.");
        }
    }

    private FaqMatcher? TryLoad(IReadOnlyList<MatcherEntry> entries, string fingerprint)
    {
        try
        {
            if (!File.Exists(ModelFile) || !File.Exists(TuningFile))
            {
                return null;
            }

            var tuning = JsonSerializer.Deserialize<MatcherTuning>(File.ReadAllText(TuningFile));
            using var stream = File.OpenRead(ModelFile);
            var classifier = PhrasingClassifier.Load(stream, fingerprint);
            return tuning is null || classifier is null ? null : FaqMatcherTrainer.WithClassifier(entries, classifier, tuning);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "The stored FAQ model could not be read; training a new one.");
            return null;
        }
    }

    private void Save(PhrasingClassifier classifier, MatcherTuning tuning, string fingerprint)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ModelFile)!);
        var temporary = ModelFile + ".tmp";
        using (var stream = File.Create(temporary))
        {
            classifier.Save(stream, fingerprint);
        }

        File.WriteAllText(TuningFile, JsonSerializer.Serialize(tuning));
        File.Move(temporary, ModelFile, overwrite: true);
    }

    public void Dispose()
    {
        _training?.Cancel();
        _training?.Dispose();
        _gate.Dispose();
    }
}
