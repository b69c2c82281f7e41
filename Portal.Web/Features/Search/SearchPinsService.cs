using Microsoft.EntityFrameworkCore;
using Portal.Domain;
using Portal.Domain.Search;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Search;
using Portal.Web.Security;

namespace Portal.Web.Features.Search;

/// <summary>
/// Staff put a doc page first for a query (<see cref="SearchPin"/>). Pins live in the database and, for searching,
/// in the index's memory (<see cref="SearchIndex.Pins"/>), which every change reloads.
/// </summary>
public sealed class SearchPinsService(PortalDbContextFactory contexts, SearchIndex index, CurrentUser user, TimeProvider clock)
{
    /// <summary>Every pin with its page's title, newest first. Staff only.</summary>
    public async Task<IReadOnlyList<SearchPinView>> ListAsync(CancellationToken cancellationToken = default)
    {
        RequireStaff();
        await using var db = contexts.CreateSystemDbContext();
        var pins = await db.SearchPins.AsNoTracking().ToListAsync(cancellationToken);
        var paths = pins.Select(p => p.Path).Distinct().ToList();
        var titles = (await db.DocPages.AsNoTracking()
                .Where(p => paths.Contains(p.Path))
                .Select(p => new { p.Path, p.Title })
                .ToListAsync(cancellationToken))
            .GroupBy(p => p.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        return [.. pins.OrderByDescending(p => p.At).Select(p => new SearchPinView(p.Id, p.Query, p.Path, titles.GetValueOrDefault(p.Path) ?? p.Path, p.At))];
    }

    /// <summary>Puts the page first for the query, in every version that has the page. Pinning it twice changes nothing.</summary>
    public async Task PinAsync(string query, string path, CancellationToken cancellationToken = default)
    {
        var pin = new SearchPin(query, path, RequireStaff(), clock.GetUtcNow());
        await using var db = contexts.CreateSystemDbContext();
        if (!await db.DocPages.AnyAsync(p => p.Path == pin.Path, cancellationToken))
        {
            throw new DomainException("No doc page has this path.");
        }

        var same = db.SearchPins.Where(p => p.NormalizedQuery == pin.NormalizedQuery && p.Path == pin.Path);
        if (!await same.AnyAsync(cancellationToken))
        {
            db.SearchPins.Add(pin);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Someone pinned the same page for the same query a moment earlier: that is the pin wanted.
                if (!await same.AnyAsync(cancellationToken))
                {
                    throw;
                }
            }
        }

        await LoadAsync(db, cancellationToken);
    }

    public async Task UnpinAsync(Guid id, CancellationToken cancellationToken = default)
    {
        RequireStaff();
        await using var db = contexts.CreateSystemDbContext();
        await db.SearchPins.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken);
        await LoadAsync(db, cancellationToken);
    }

    /// <summary>Loads every pin into the index's memory; run at start and after each change.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateSystemDbContext();
        await LoadAsync(db, cancellationToken);
    }

    private async Task LoadAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        index.Pins.Replace(await db.SearchPins.AsNoTracking().ToListAsync(cancellationToken));

    private string RequireStaff() =>
        user.IsStaff && user.UserId is { } id ? id : throw new DomainException("Only bank staff can pin search results.");
}

public sealed record SearchPinView(Guid Id, string Query, string Path, string PageTitle, DateTimeOffset At);
