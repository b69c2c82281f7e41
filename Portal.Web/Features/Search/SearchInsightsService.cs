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
    /// Stores one search with the searcher's user and organisation. A failure is logged and swallowed: a reader's
    /// results never wait on, or fail because of, the log.
    /// </summary>
    public async Task RecordAsync(string? query, string? version, int hits, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return;
        }

        try
        {
            await using var db = contexts.CreateSystemDbContext();
            db.SearchLog.Add(new SearchLogEntry(query, version, hits, user.UserId, user.PartnerId, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            logger.LogWarning(e, "A search could not be recorded.");
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
            .Select(e => new { e.Query, e.NormalizedQuery, e.Version, e.Hits, e.At })
            .ToListAsync(cancellationToken);

        var byDay = searches.ToLookup(s => DateOnly.FromDateTime(s.At.UtcDateTime));
        var perDay = Enumerable.Range(0, days)
            .Select(i => first.AddDays(i))
            .Select(day => new SearchDay(day, byDay[day].Count(), byDay[day].Count(s => s.Hits == 0)))
            .ToList();

        List<QueryCount> Ranked(IEnumerable<(string Query, string Normalized, string? Version, int Hits, DateTimeOffset At)> rows) =>
        [
            .. rows.GroupBy(r => r.Normalized, StringComparer.Ordinal)
                .Select(g => new QueryCount(
                    g.MaxBy(r => r.At).Query,
                    g.Count(),
                    g.Average(r => r.Hits),
                    g.Max(r => r.At),
                    [.. g.Select(r => r.Version).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))
                .OrderByDescending(q => q.Count)
                .ThenByDescending(q => q.LastAt)
                .Take(ListSize),
        ];

        var rows = searches.Select(s => (s.Query, s.NormalizedQuery, s.Version, s.Hits, s.At)).ToList();
        return new SearchInsights(
            searches.Count,
            searches.Count == 0 ? 0 : searches.Count(s => s.Hits == 0) / (double)searches.Count,
            perDay,
            Ranked(rows),
            Ranked(rows.Where(r => r.Hits == 0)));
    }
}

/// <param name="NotFoundShare">The share of searches that found nothing, 0 to 1.</param>
public sealed record SearchInsights(int Searches, double NotFoundShare, IReadOnlyList<SearchDay> Days, IReadOnlyList<QueryCount> Top, IReadOnlyList<QueryCount> NotFound);

public sealed record SearchDay(DateOnly Day, int Searches, int NotFound);

/// <param name="Query">The most recent spelling of the query (queries count as one whatever their case).</param>
public sealed record QueryCount(string Query, int Count, double AverageHits, DateTimeOffset LastAt, IReadOnlyList<string> Versions);
