using Portal.Domain.Onboarding;

namespace Portal.Domain.Metrics;

public sealed record DefectLog(DefectSeverity Severity, DateTimeOffset FoundAt)
{
    public static DefectLog From(PostLaunchDefect defect) => new(defect.Severity, defect.FoundAt);
}

/// <param name="ProductionDays">Elapsed days since go-live, at least 1 so a day-old launch does not divide by nearly nothing.</param>
public sealed record PostLaunchDefects(
    int Count,
    int WeightedCount,
    IReadOnlyDictionary<DefectSeverity, int> BySeverity,
    double ProductionDays,
    double PerThirtyDays,
    double WeightedPerThirtyDays);

public static class DefectMetrics
{
    /// <summary>
    /// Each severity weighs twice the next: P1 = 8, P2 = 4, P3 = 2, P4 = 1, so one outage counts
    /// as much as eight cosmetic defects and a rising weighted count means worse, not just more.
    /// </summary>
    public static int Weight(DefectSeverity severity) => severity switch
    {
        DefectSeverity.P1 => 8,
        DefectSeverity.P2 => 4,
        DefectSeverity.P3 => 2,
        DefectSeverity.P4 => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "A severity is P1 to P4."),
    };

    /// <summary>
    /// Defects found from go-live up to <paramref name="now"/>; defects found before go-live belong
    /// to testing and are not counted. Null while the partner is not live (as of <paramref name="now"/>).
    /// </summary>
    public static PostLaunchDefects? PostLaunch(IEnumerable<DefectLog> defects, DateTimeOffset? goLiveAt, DateTimeOffset now)
    {
        if (goLiveAt is not { } live || live > now)
        {
            return null;
        }

        var found = defects.Where(d => d.FoundAt >= live && d.FoundAt <= now).ToList();
        var weighted = found.Sum(d => Weight(d.Severity));
        var productionDays = Math.Max(1, (now - live).TotalDays);
        return new PostLaunchDefects(
            found.Count,
            weighted,
            Enum.GetValues<DefectSeverity>().ToDictionary(s => s, s => found.Count(d => d.Severity == s)),
            productionDays,
            found.Count * 30 / productionDays,
            weighted * 30 / productionDays);
    }
}
