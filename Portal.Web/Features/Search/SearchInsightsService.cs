using Microsoft.EntityFrameworkCore;
using Portal.Domain.Search;
using Portal.Infrastructure.Persistence;
using Portal.Web.Security;

namespace Portal.Web.Features.Search;

/// <summary>Records the searches people run and tells staff what is searched most and what finds nothing.</summary>
public sealed class SearchInsightsService(PortalDbContextFactory contexts, CurrentUser user, TimeProvider clock, ILogger<SearchInsightsService> logger)
{
    public const int ListSize = 20;

    /// <summary>
    /// Stores one search with the searcher's user and organisation, and returns its id (for <see cref="OpenedAsync"/>).
    /// A failure is logged and swallowed: a reader's results never wait on, or fail because of, the log.
    /// </summary>
    public async Task<Guid?> RecordAsync(string? query, string? version, int hits, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        try
        {
            await using var db = contexts.CreateSystemDbContext();
            var entry = new SearchLogEntry(query, version, hits, user.UserId, user.PartnerId, clock.GetUtcNow());
            db.SearchLog.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            return entry.Id;
        }
        catch (DbUpdateException e)
        {
            logger.LogWarning(e, "A search could not be recorded.");
            return null;
        }
    }

    /// <summary>
    /// Notes which result of a recorded search its searcher opened. Someone else's search, or one already noted,
    /// is left as it is; like recording, this never fails the reader's click.
    /// </summary>
    public async Task OpenedAsync(Guid search, int rank, string url, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = contexts.CreateSystemDbContext();
            var entry = await db.SearchLog.SingleOrDefaultAsync(e => e.Id == search, cancellationToken);
            if (entry is null || entry.UserId != user.UserId)
            {
                return;
            }

            entry.Opened(rank, url);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            logger.LogWarning(e, "An opened search result could not be recorded.");
        }
    }

    /// <summary>The searches of the last <paramref name="days"/> days (UTC), by day and by query.</summary>
    public async Task<SearchInsights> InsightsAsync(int days, CancellationToken cancellationToken = default)
    {
        days = Math.Clamp(days, 1, 366);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var first = today.AddDays(1 - days);
        var since = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await using var db = contexts.CreateSystemDbContext();
        var searches = await db.SearchLog.AsNoTracking()
            .Where(e => e.At >= since)
            .Select(e => new { e.Query, e.NormalizedQuery, e.Version, e.Hits, e.At, e.OpenedRank, e.OpenedUrl })
            .ToListAsync(cancellationToken);

        var byDay = searches.ToLookup(s => DateOnly.FromDateTime(s.At.UtcDateTime));
        var perDay = Enumerable.Range(0, days)
            .Select(i => first.AddDays(i))
            .Select(day => new SearchDay(day, byDay[day].Count(), byDay[day].Count(s => s.Hits == 0), byDay[day].Count(s => s.OpenedRank is not null)))
            .ToList();

        List<QueryCount> Ranked(IEnumerable<(string Query, string Normalized, string? Version, int Hits, DateTimeOffset At, int? OpenedRank, string? OpenedUrl)> rows) =>
        [
            .. rows.GroupBy(r => r.Normalized, StringComparer.Ordinal)
                .Select(g => new QueryCount(
                    g.MaxBy(r => r.At).Query,
                    g.Count(),
                    g.Average(r => r.Hits),
                    g.Max(r => r.At),
                    [.. g.Select(r => r.Version).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                    g.Count(r => r.OpenedRank is not null),
                    g.Select(r => r.OpenedRank).Average(),
                    g.Select(r => r.OpenedUrl).OfType<string>().GroupBy(u => u, StringComparer.Ordinal).MaxBy(u => u.Count())?.Key))
                .OrderByDescending(q => q.Count)
                .ThenByDescending(q => q.LastAt)
                .Take(ListSize),
        ];

        var rows = searches.Select(s => (s.Query, s.NormalizedQuery, s.Version, s.Hits, s.At, s.OpenedRank, s.OpenedUrl)).ToList();
        var found = searches.Count(s => s.Hits > 0);
        var opened = searches.Count(s => s.OpenedRank is not null);
        return new SearchInsights(
            searches.Count,
            searches.Count == 0 ? 0 : searches.Count(s => s.Hits == 0) / (double)searches.Count,
            found == 0 ? 0 : opened / (double)found,
            opened == 0 ? 0 : searches.Count(s => s.OpenedRank == 1) / (double)opened,
            perDay,
            Ranked(rows),
            Ranked(rows.Where(r => r.Hits == 0)),
            Ranked(rows.Where(r => r.OpenedRank > 1)));
    }
}

/// <param name="NotFoundShare">The share of searches that found nothing, 0 to 1.</param>
/// <param name="OpenedShare">The share of searches that found something where a result was opened.</param>
/// <param name="FirstOpenedShare">Of the searches where a result was opened, the share where it was the first one.</param>
/// <param name="OpenedLower">Queries whose searchers opened a result below the first: where the ranking, or a pin, should change.</param>
public sealed record SearchInsights(
    int Searches,
    double NotFoundShare,
    double OpenedShare,
    double FirstOpenedShare,
    IReadOnlyList<SearchDay> Days,
    IReadOnlyList<QueryCount> Top,
    IReadOnlyList<QueryCount> NotFound,
    IReadOnlyList<QueryCount> OpenedLower);

public sealed record SearchDay(DateOnly Day, int Searches, int NotFound, int Opened);

/// <param name="Query">The most recent spelling of the query (queries count as one whatever their case).</param>
/// <param name="Opened">How many of these searches opened a result.</param>
/// <param name="MeanOpenedRank">The mean position (1 = first) of the results opened; null if none was.</param>
/// <param name="MostOpenedUrl">The result opened most often (its address without the anchor); null if none was.</param>
public sealed record QueryCount(
    string Query,
    int Count,
    double AverageHits,
    DateTimeOffset LastAt,
    IReadOnlyList<string> Versions,
    int Opened,
    double? MeanOpenedRank,
    string? MostOpenedUrl);
