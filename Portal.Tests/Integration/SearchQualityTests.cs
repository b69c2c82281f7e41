using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Importing;
using Portal.Infrastructure.Search;
using Portal.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Tests.Integration;

/// <summary>
/// A partner's questions about one real Open Banking version, each with the page that answers it
/// (Benchmarks/open-banking-heldout-queries-v4.0.tsv, also used by the benchmark-docs command). A quality floor:
/// a ranking change that sends partners to the wrong pages fails here. No timings.
/// </summary>
public sealed class SearchQualityTests(SearchQualityTests.OneVersion imported, ITestOutputHelper output) : IClassFixture<SearchQualityTests.OneVersion>
{
    private const string Version = "v4.0";

    /// <summary>
    /// Under what ranking reaches on this held-out set (0.872 in benchmark-docs over all 11 versions), so a regression
    /// fails. The aim is 0.9 (DESIGN.md). Never tune on this set nor list its misses: ranking changes are chosen on the
    /// development sets (Benchmarks/open-banking-dev-queries*.tsv).
    /// </summary>
    private const double MeanReciprocalRankFloor = 0.83;

    [Fact]
    public void Search_PartnerQuestions_FindTheAnsweringPageNearTheTop()
    {
        var judgements = RelevanceSet.Parse(File.ReadAllText(RelevanceFile()));
        var index = imported.Factory.Services.GetRequiredService<SearchIndex>();

        var report = RelevanceSet.Evaluate(index, judgements, Version);

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Version}: {judgements.Count} queries, MRR@{report.Cutoff} {report.MeanReciprocalRank:0.000}, top-1 {report.TopOne:0.000}, recall@{report.Cutoff} {report.Recall:0.000}"));

        // The misses are not listed: read here, they would become what the ranking is tuned on.
        Assert.True(judgements.Count >= 40, $"The relevance set has only {judgements.Count} queries.");
        Assert.True(
            report.MeanReciprocalRank > MeanReciprocalRankFloor,
            string.Create(CultureInfo.InvariantCulture, $"MRR@{report.Cutoff} is {report.MeanReciprocalRank:0.000}, below the floor of {MeanReciprocalRankFloor}."));
    }

    [Theory]
    [InlineData("open-banking-heldout-queries-v4.0.tsv", "v4.0")]
    [InlineData("open-banking-dev-queries-v4.0-blind.tsv", "v4.0")]
    [InlineData("open-banking-dev-queries-v4.0-first.tsv", "v4.0")]
    [InlineData("open-banking-dev-queries-v4.0.tsv", "v4.0")]
    [InlineData("open-banking-dev-queries.tsv", "v3.1.10")]
    public void RelevanceSet_EveryExpectedPage_ExistsInTheCorpus(string file, string version)
    {
        var root = Corpora.OpenBankingDocs(version);

        var missing = RelevanceSet.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Benchmarks", file)))
            .Select(j => j.ExpectedPath)
            .Distinct(StringComparer.Ordinal)
            .Where(path => !File.Exists(Path.Combine(root, path + ".md")) && !File.Exists(Path.Combine(root, path, "README.md")))
            .ToList();

        Assert.Empty(missing);
    }

    private static string RelevanceFile() => Path.Combine(AppContext.BaseDirectory, "Benchmarks", "open-banking-heldout-queries-v4.0.tsv");

    public sealed class OneVersion : IAsyncLifetime
    {
        public PortalApplicationFactory Factory { get; } = new();

        public async Task InitializeAsync()
        {
            // The start-up import and rebuild must be over, or the rebuild could swap in an index without this version.
            await Factory.WaitForStartupWorkAsync();
            await using var scope = Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DocsImporter>().ImportAsync(Corpora.OpenBankingDocs(Version), Version);
            await scope.ServiceProvider.GetRequiredService<SearchIndexer>().ReindexVersionAsync(Version);
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
