using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Jobs;

/// <summary>A live page with a review duty, and the time since which its warning signals count (its last review).</summary>
public sealed record DocPageUnderReview(Guid PageId, Guid VersionId, DateTimeOffset Since);

/// <summary>Evidence that a page may be wrong, counted since its last review.</summary>
public sealed record DocAttentionSignal(Guid PageId, string Kind, int Count);

/// <summary>
/// A source of warning signals that move a page up the review queue. Today: unhelpful ratings
/// (<see cref="UnhelpfulRatingsSignal"/>). Planned sources register another implementation:
/// assistant answers citing the page marked unhelpful, escalations about it, and partners in onboarding
/// on its version ("blocking 3 partners in joint testing").
/// </summary>
public interface IDocAttentionSource
{
    Task<IReadOnlyList<DocAttentionSignal>> CollectAsync(PortalDbContext db, IReadOnlyCollection<DocPageUnderReview> pages, CancellationToken cancellationToken);
}

public sealed class UnhelpfulRatingsSignal : IDocAttentionSource
{
    public const string Kind = "unhelpful-rating";

    public async Task<IReadOnlyList<DocAttentionSignal>> CollectAsync(PortalDbContext db, IReadOnlyCollection<DocPageUnderReview> pages, CancellationToken cancellationToken)
    {
        var ids = pages.Select(p => p.PageId).ToList();
        var ratings = await db.DocFeedback.AsNoTracking().Where(f => !f.Helpful && ids.Contains(f.PageId))
            .Select(f => new { f.PageId, f.CreatedAt }).ToListAsync(cancellationToken);
        var since = pages.ToDictionary(p => p.PageId, p => p.Since);
        return [.. ratings.Where(r => r.CreatedAt >= since[r.PageId]).GroupBy(r => r.PageId).Select(g => new DocAttentionSignal(g.Key, Kind, g.Count()))];
    }
}

/// <summary>One page in the review queue: when it is due, and how far its signals brought that forward.</summary>
public sealed record DocReviewItem(
    Guid PageId,
    string Version,
    string Path,
    string Title,
    string Owner,
    DateTimeOffset NextReviewAt,
    DateTimeOffset EffectiveDueAt,
    int IntervalDays,
    int UnhelpfulRatings,
    int Signals)
{
    public string Link => $"/docs/{Version}/{Path}";

    public bool IsDue(DateTimeOffset now) => now >= EffectiveDueAt;

    public int DaysOverdue(DateTimeOffset now) => Math.Max(0, (int)(now - NextReviewAt).TotalDays);
}

/// <summary>
/// Which pages need a review, most urgent first. A page is due when its next review date has passed, or
/// earlier when warning signals came in since its last review: each signal brings the date forward by
/// a configured number of days, at most one whole interval.
/// </summary>
public sealed class DocReviewQueue(PortalDbContextFactory contexts, IEnumerable<IDocAttentionSource> sources)
{
    /// <summary>How often a page with an explicit due date but no interval is re-nagged.</summary>
    public const int DefaultIntervalDays = 30;

    public async Task<IReadOnlyList<DocReviewItem>> ListAsync(int advanceDaysPerSignal, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateSystemDbContext();
        var pages = await (from p in db.DocPages.AsNoTracking()
                           join v in db.DocVersions.AsNoTracking() on p.VersionId equals v.Id
                           where p.RemovedAt == null && p.NextReviewAt != null && p.Owner != null
                           select new { p.Id, p.VersionId, v.Label, p.Path, p.Title, p.Owner, p.NextReviewAt, p.ReviewIntervalDays, p.LastReviewedAt, p.CreatedAt })
            .ToListAsync(cancellationToken);
        var underReview = pages.Select(p => new DocPageUnderReview(p.Id, p.VersionId, p.LastReviewedAt ?? p.CreatedAt)).ToList();
        var signals = new List<DocAttentionSignal>();
        foreach (var source in sources)
        {
            signals.AddRange(await source.CollectAsync(db, underReview, cancellationToken));
        }

        var byPage = signals.ToLookup(s => s.PageId);
        return [.. pages.Select(p =>
            {
                var interval = p.ReviewIntervalDays ?? DefaultIntervalDays;
                var count = byPage[p.Id].Sum(s => s.Count);
                var advance = TimeSpan.FromDays(Math.Min((long)count * advanceDaysPerSignal, interval));
                return new DocReviewItem(p.Id, p.Label, p.Path, p.Title, p.Owner!, p.NextReviewAt!.Value, p.NextReviewAt.Value - advance, interval,
                    byPage[p.Id].Where(s => s.Kind == UnhelpfulRatingsSignal.Kind).Sum(s => s.Count), count);
            })
            .OrderBy(i => i.EffectiveDueAt).ThenByDescending(i => i.Signals)];
    }
}
