namespace Portal.Infrastructure.Search;

/// <summary>A question and the page that answers it.</summary>
/// <param name="ExpectedPath">A page path (<see cref="Portal.Domain.Docs.DocPage.Path"/>); any section of that page counts.</param>
public sealed record RelevanceJudgement(string Query, string ExpectedPath);

/// <summary>Where the expected page first appeared; <paramref name="Rank"/> is 1-based, 0 when it was not in the cut-off.</summary>
public sealed record RelevanceOutcome(RelevanceJudgement Judgement, int Rank, IReadOnlyList<string> FoundPaths);

/// <summary>Page-level quality of a ranking: mean reciprocal rank, top-1 and recall at the cut-off.</summary>
public sealed record RelevanceReport(string Version, int Cutoff, IReadOnlyList<RelevanceOutcome> Outcomes)
{
    public double MeanReciprocalRank => Outcomes.Count == 0 ? 0 : Outcomes.Average(o => o.Rank == 0 ? 0 : 1.0 / o.Rank);

    public double TopOne => Share(o => o.Rank == 1);

    public double Recall => Share(o => o.Rank > 0);

    private double Share(Func<RelevanceOutcome, bool> predicate) =>
        Outcomes.Count == 0 ? 0 : (double)Outcomes.Count(predicate) / Outcomes.Count;
}

/// <summary>
/// A versioned relevance set: one <c>query&lt;TAB&gt;expected page path</c> a line; blank lines and lines
/// starting with <c>#</c> are ignored. Shared by the <c>benchmark-docs</c> command and the quality test,
/// so both measure the same thing the same way.
/// </summary>
public static class RelevanceSet
{
    public const int DefaultCutoff = 10;

    /// <exception cref="FormatException">A line has no tab or an empty query.</exception>
    public static IReadOnlyList<RelevanceJudgement> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var judgements = new List<RelevanceJudgement>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || line[..tab].Trim().Length == 0)
            {
                throw new FormatException($"Line {i + 1}: expected 'query<TAB>page path'.");
            }

            judgements.Add(new RelevanceJudgement(line[..tab].Trim(), line[(tab + 1)..].Trim()));
        }

        return judgements;
    }

    /// <summary>Runs every query against <paramref name="version"/> only, as a reader of that version would.</summary>
    public static RelevanceReport Evaluate(SearchIndex index, IEnumerable<RelevanceJudgement> judgements, string version, int cutoff = DefaultCutoff)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(judgements);
        var outcomes = new List<RelevanceOutcome>();
        foreach (var judgement in judgements)
        {
            var hits = index.Search(new SearchRequest(judgement.Query, Version: version, Top: cutoff));
            var paths = hits.Select(h => h.Path).ToList();
            var at = paths.FindIndex(p => string.Equals(p, judgement.ExpectedPath, StringComparison.Ordinal));
            outcomes.Add(new RelevanceOutcome(judgement, at + 1, paths));
        }

        return new RelevanceReport(version, cutoff, outcomes);
    }
}
