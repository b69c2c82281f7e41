using Microsoft.EntityFrameworkCore;
using Portal.Domain;
using Portal.Domain.Assistant;
using Portal.Infrastructure.Assistant;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Search;

namespace Portal.Web.Features.Faq;

public sealed record FaqEntryView(Guid Id, string Key, string Question, string Answer, string Category, IReadOnlyList<string> Tags, string? Version, string? Owner, string Language, IReadOnlyList<string> Phrasings, DateTimeOffset UpdatedAt);

public sealed record BacklogGroup(string? FaqKey, string? FaqQuestion, IReadOnlyList<BacklogQuestion> Questions);

public sealed record BacklogQuestion(Guid Id, string Question, double Confidence, bool Answered, bool? Helpful, bool Escalated, string? Version, DateTimeOffset At);

/// <summary>FAQ entries for the public page and staff editing, and the backlog of questions the assistant could not settle.</summary>
public sealed class FaqService(PortalDbContextFactory contexts, FaqModelHost model, SearchIndexer indexer, TimeProvider clock)
{
    public async Task<IReadOnlyList<FaqEntryView>> ListAsync(string? language, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.FaqEntries.AsNoTracking()
            .Where(e => language == null || e.Language == language)
            .OrderBy(e => e.Category).ThenBy(e => e.Question)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(View)];
    }

    public async Task<FaqEntryView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var entry = await db.FaqEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        return entry is null ? null : View(entry);
    }

    /// <summary>Creates (id null) or updates an entry, then reloads the assistant so the next question sees it.</summary>
    public async Task<Guid> SaveAsync(Guid? id, string question, string answer, string category, string? tags, string? version, string? owner, string language, IEnumerable<string> phrasings, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var now = clock.GetUtcNow();
        FaqEntry entry;
        if (id is { } existing)
        {
            entry = await db.FaqEntries.FirstOrDefaultAsync(e => e.Id == existing, cancellationToken)
                ?? throw new DomainException("This FAQ entry no longer exists.");
            entry.Update(question, answer, category, tags, version, owner, language, now);
        }
        else
        {
            var key = "portal/" + Portal.Infrastructure.Importing.FaqImporter.Slug(question);
            if (key.Length <= "portal/".Length)
            {
                throw new DomainException("An FAQ entry needs a question.");
            }

            for (var n = 2; await db.FaqEntries.AnyAsync(e => e.Key == key, cancellationToken); n++)
            {
                key = $"portal/{Portal.Infrastructure.Importing.FaqImporter.Slug(question)}-{n}";
            }

            entry = new FaqEntry(key, question, answer, category, language, now);
            entry.Update(question, answer, category, tags, version, owner, language, now);
            db.FaqEntries.Add(entry);
        }

        entry.SetPhrasings(phrasings);
        await db.SaveChangesAsync(cancellationToken);
        await model.ReloadAsync(cancellationToken);
        await indexer.ReindexFaqAsync(cancellationToken);
        return entry.Id;
    }

    /// <summary>Adds a question as a phrasing of an entry; the backlog questions with the same text are settled.</summary>
    public async Task AddPhrasingAsync(Guid entryId, string phrasing, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var entry = await db.FaqEntries.FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken)
            ?? throw new DomainException("This FAQ entry no longer exists.");
        entry.AddPhrasing(phrasing, clock.GetUtcNow());
        await ResolveBacklogAsync(db, phrasing, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await model.ReloadAsync(cancellationToken);
        await indexer.ReindexFaqAsync(cancellationToken);
    }

    public async Task ResolveAsync(Guid exchangeId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var exchange = await db.AssistantExchanges.FirstOrDefaultAsync(e => e.Id == exchangeId, cancellationToken);
        exchange?.Resolve(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    internal async Task ResolveBacklogAsync(PortalDbContext db, string question, CancellationToken cancellationToken)
    {
        var trimmed = question.Trim();
        var same = await db.AssistantExchanges.Where(e => e.Question == trimmed && e.ResolvedAt == null).ToListAsync(cancellationToken);
        foreach (var exchange in same)
        {
            exchange.Resolve(clock.GetUtcNow());
        }
    }

    /// <summary>Unanswered, unhelpful and escalated questions nobody has dealt with, grouped by the entry they came closest to.</summary>
    public async Task<IReadOnlyList<BacklogGroup>> BacklogAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var open = await db.AssistantExchanges.AsNoTracking()
            .Where(e => e.ResolvedAt == null && (!e.Answered || e.Helpful == false || e.Escalated))
            .OrderByDescending(e => e.At).Take(500)
            .ToListAsync(cancellationToken);
        var keys = open.Select(e => e.FaqKey).OfType<string>().Distinct().ToList();
        var questions = await db.FaqEntries.AsNoTracking().Where(e => keys.Contains(e.Key)).ToDictionaryAsync(e => e.Key, e => e.Question, cancellationToken);
        return [.. open.GroupBy(e => e.FaqKey)
            .OrderByDescending(g => g.Count())
            .Select(g => new BacklogGroup(g.Key, g.Key is not null && questions.TryGetValue(g.Key, out var q) ? q : null,
                [.. g.Select(e => new BacklogQuestion(e.Id, e.Question, e.Confidence, e.Answered, e.Helpful, e.Escalated, e.Version, e.At))]))];
    }

    public async Task<Guid?> IdOfKeyAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.FaqEntries.Where(e => e.Key == key).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private static FaqEntryView View(FaqEntry e) =>
        new(e.Id, e.Key, e.Question, e.Answer, e.Category, e.TagList, e.Version, e.Owner, e.Language, e.Phrasings, e.UpdatedAt);
}
