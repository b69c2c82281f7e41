using Microsoft.EntityFrameworkCore;
using Portal.Domain;
using Portal.Domain.Docs;
using Portal.Domain.Tenancy;
using Portal.Infrastructure.Markdown;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Search;

namespace Portal.Web.Features.Docs;

public sealed record DocVersionView(string Label, string Title, DocVersionStatus Status, DateOnly? SunsetOn = null);

public sealed record DocNavItem(string Path, string Title);

public sealed record DocPageView(
    Guid Id,
    Guid RevisionId,
    int RevisionNumber,
    DocVersionView Version,
    string Path,
    string Title,
    string? Owner,
    DateTimeOffset? LastReviewedAt,
    DateTimeOffset? NextReviewAt,
    bool IsStale,
    string Language,
    IReadOnlyList<string> Tags,
    RenderedDoc Rendered,
    IReadOnlyList<string> OtherVersions);

public sealed record DocRevisionView(Guid Id, int Number, DocRevisionSource Source, string? AuthorUserId, DateTimeOffset CreatedAt, bool IsCurrent);

public sealed record DocFeedbackSummary(int Helpful, int NotHelpful, IReadOnlyList<(DateTimeOffset At, bool Helpful, string Comment)> Comments);

/// <summary>
/// Reading, editing and reviewing doc pages. Pages are rendered once per revision (cached) and every
/// change re-indexes the page's sections, so search never lags behind what staff just saved.
/// </summary>
public sealed class DocsService(PortalDbContextFactory contexts, RenderedDocCache renderedDocs, MarkdownRenderer renderer, SearchIndex search, ITenantContext tenant, TimeProvider clock)
{
    public async Task<IReadOnlyList<DocVersionView>> ListVersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var versions = await db.DocVersions.AsNoTracking().Select(v => new DocVersionView(v.Label, v.Title, v.Status, v.SunsetOn)).ToListAsync(cancellationToken);
        return [.. versions.OrderBy(v => v.Status == DocVersionStatus.Deprecated).ThenByDescending(v => v.Label, VersionLabelComparer.Instance)];
    }

    /// <summary>The version a reader lands on: the newest published one, else the newest of any status.</summary>
    public async Task<string?> DefaultVersionAsync(CancellationToken cancellationToken = default)
    {
        var versions = await ListVersionsAsync(cancellationToken);
        return (versions.FirstOrDefault(v => v.Status == DocVersionStatus.Published) ?? (versions.Count > 0 ? versions[0] : null))?.Label;
    }

    public async Task<IReadOnlyList<DocNavItem>> NavigationAsync(string version, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.DocPages.AsNoTracking()
            .Where(p => p.RemovedAt == null && db.DocVersions.Any(v => v.Id == p.VersionId && v.Label == version))
            .OrderBy(p => p.Path)
            .Select(p => new DocNavItem(p.Path, p.Title))
            .ToListAsync(cancellationToken);
    }

    public async Task<DocPageView?> GetPageAsync(string version, string path, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var found = await (from p in db.DocPages.AsNoTracking()
                           join v in db.DocVersions.AsNoTracking() on p.VersionId equals v.Id
                           where v.Label == version && p.Path == path && p.RemovedAt == null && p.CurrentRevisionId != null
                           select new { Page = p, Version = v }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var page = found.Page;
        var revisionId = page.CurrentRevisionId!.Value;
        var rendered = await renderedDocs.GetOrRenderAsync(
            revisionId,
            new DocRenderContext(version, page.SourceFile),
            async ct => await RevisionMarkdownAsync(revisionId, ct),
            cancellationToken);
        var others = await (from p in db.DocPages
                            join v in db.DocVersions on p.VersionId equals v.Id
                            where p.Path == path && p.RemovedAt == null && v.Label != version
                            select v.Label).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new DocPageView(
            page.Id, revisionId, page.RevisionCount, new DocVersionView(found.Version.Label, found.Version.Title, found.Version.Status, found.Version.SunsetOn),
            page.Path, page.Title, page.Owner, page.LastReviewedAt, page.NextReviewAt, page.IsStale(now), page.Language, page.Tags,
            rendered, [.. others.Order(VersionLabelComparer.Instance).Reverse()]);
    }

    /// <summary>Where a page lives, for the staff pages that address it by id.</summary>
    public async Task<(string Version, string Path, string SourceFile)?> LocateAsync(Guid pageId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var found = await (from p in db.DocPages
                           join v in db.DocVersions on p.VersionId equals v.Id
                           where p.Id == pageId
                           select new { v.Label, p.Path, p.SourceFile }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Label, found.Path, found.SourceFile);
    }

    public async Task<string> RevisionMarkdownAsync(Guid revisionId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.DocRevisions.Where(r => r.Id == revisionId).Select(r => r.Markdown).SingleAsync(cancellationToken);
    }

    /// <summary>Renders unsaved Markdown for the editor's live preview; nothing is stored or cached.</summary>
    public RenderedDoc Preview(string version, string sourceFile, string markdown) =>
        renderer.Render(markdown, new DocRenderContext(version, sourceFile));

    public async Task<IReadOnlyList<DocRevisionView>> HistoryAsync(Guid pageId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var current = await db.DocPages.Where(p => p.Id == pageId).Select(p => p.CurrentRevisionId).SingleAsync(cancellationToken);
        var revisions = await db.DocRevisions.AsNoTracking().Where(r => r.PageId == pageId)
            .Select(r => new { r.Id, r.Number, r.Source, r.AuthorUserId, r.CreatedAt })
            .ToListAsync(cancellationToken);
        return [.. revisions.OrderByDescending(r => r.Number).Select(r => new DocRevisionView(r.Id, r.Number, r.Source, r.AuthorUserId, r.CreatedAt, r.Id == current))];
    }

    public Task SaveAsync(Guid pageId, string markdown, string userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(pageId, (page, _, now) => page.Revise(markdown, DocRevisionSource.Edit, userId, now), cancellationToken);

    public Task RestoreAsync(Guid pageId, Guid revisionId, string userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(pageId, (page, earlier, now) => page.Restore(earlier!, userId, now), cancellationToken, revisionId);

    public async Task MarkReviewedAsync(Guid pageId, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var page = await db.DocPages.SingleAsync(p => p.Id == pageId, cancellationToken);
        page.MarkReviewed(clock.GetUtcNow(), userId);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task AddFeedbackAsync(Guid pageId, Guid revisionId, bool helpful, string? comment, string? userId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        db.DocFeedback.Add(new DocFeedback(pageId, revisionId, helpful, comment, userId, tenant.PartnerId, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>For the page's owner and other staff only: the feedback readers left.</summary>
    public async Task<DocFeedbackSummary> FeedbackAsync(Guid pageId, CancellationToken cancellationToken = default)
    {
        if (!tenant.SeesAllPartners)
        {
            throw new DomainException("Only bank staff see the feedback on a page.");
        }

        await using var db = contexts.CreateDbContext();
        var all = await db.DocFeedback.AsNoTracking().Where(f => f.PageId == pageId)
            .Select(f => new { f.Helpful, f.Comment, f.CreatedAt }).ToListAsync(cancellationToken);
        return new DocFeedbackSummary(
            all.Count(f => f.Helpful),
            all.Count(f => !f.Helpful),
            [.. all.Where(f => f.Comment is not null).OrderByDescending(f => f.CreatedAt).Select(f => (f.CreatedAt, f.Helpful, f.Comment!))]);
    }

    /// <summary>The same page in two versions, line by line; null when either side does not exist.</summary>
    public async Task<IReadOnlyList<DiffRow>?> CompareAsync(string path, string fromVersion, string toVersion, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var texts = await (from p in db.DocPages
                           join v in db.DocVersions on p.VersionId equals v.Id
                           join r in db.DocRevisions on p.CurrentRevisionId equals r.Id
                           where p.Path == path && p.RemovedAt == null && (v.Label == fromVersion || v.Label == toVersion)
                           select new { v.Label, r.Markdown }).ToListAsync(cancellationToken);
        var from = texts.FirstOrDefault(t => t.Label == fromVersion)?.Markdown;
        var to = texts.FirstOrDefault(t => t.Label == toVersion)?.Markdown;
        return from is null || to is null ? null : LineDiff.Compare(from, to);
    }

    private async Task ChangeAsync(Guid pageId, Func<DocPage, DocRevision?, DateTimeOffset, DocRevision?> change, CancellationToken cancellationToken, Guid? earlierRevisionId = null)
    {
        await using var db = contexts.CreateDbContext();
        var page = await db.DocPages.SingleAsync(p => p.Id == pageId, cancellationToken);
        var earlier = earlierRevisionId is { } id ? await db.DocRevisions.SingleAsync(r => r.Id == id && r.PageId == pageId, cancellationToken) : null;
        var revision = change(page, earlier, clock.GetUtcNow());
        if (revision is null)
        {
            return;
        }

        db.DocRevisions.Add(revision);
        await db.SaveChangesAsync(cancellationToken);
        var version = await db.DocVersions.Where(v => v.Id == page.VersionId).Select(v => v.Label).SingleAsync(cancellationToken);
        var rendered = renderedDocs.GetOrRender(revision.Id, revision.Markdown, new DocRenderContext(version, page.SourceFile));
        await search.ReplacePageAsync(version, page.Path, rendered.Sections, cancellationToken);
    }
}

/// <summary>Orders version labels as people read them: v3.1.10 after v3.1.9.</summary>
public sealed class VersionLabelComparer : IComparer<string>
{
    public static readonly VersionLabelComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = Parts(x);
        var b = Parts(y);
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : -1;
            var right = i < b.Length ? b[i] : -1;
            if (left != right)
            {
                return left.CompareTo(right);
            }
        }

        return string.CompareOrdinal(x, y);
    }

    private static int[] Parts(string? label) =>
        [.. (label ?? "").TrimStart('v', 'V').Split('.', '-', '_').Select(p => int.TryParse(p, out var n) ? n : -1)];
}
