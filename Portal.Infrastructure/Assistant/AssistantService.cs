using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Portal.Domain;
using Portal.Domain.Assistant;
using Portal.Domain.Search;
using Portal.Infrastructure.Markdown;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Search;

namespace Portal.Infrastructure.Assistant;

/// <summary>A citation: an FAQ entry (<c>kind</c> faq, <c>path</c> its key) or a doc section.</summary>
public sealed record AssistantSource(string Kind, string Title, string Version, string Path, string Anchor, string Url);

public sealed record AssistantFaq(string Key, string Question);

/// <summary>What the assistant says to one question; the fields of <c>ask --batch</c> and the HTTP API.</summary>
public sealed record AssistantReply(
    string Question,
    bool Answered,
    double Confidence,
    AssistantFaq? Faq,
    IReadOnlyList<AssistantSource> Sources,
    string Answer,
    double ElapsedMs,
    IReadOnlyList<AssistantFaq> Closest,
    Guid? ExchangeId = null);

/// <summary>
/// Answers questions: FAQ entries first (<see cref="FaqMatcher"/>), then doc sections of the
/// reader's version as further sources. Not confident means saying so, with the closest entries.
/// </summary>
public sealed class AssistantService(FaqModelHost model, SearchIndex index, PortalDbContextFactory contexts, TimeProvider clock)
{
    public const int MaxQuestionLength = 2000;

    public const string NotSure = "I am not sure I have the answer to that. The closest questions I know are listed below; if none of them helps, talk to a person.";

    /// <summary>Why a question cannot be asked, or null. Messages are localisation keys.</summary>
    public static string? Problem(string? question) =>
        string.IsNullOrWhiteSpace(question) ? "Type a question first."
        : question.Length > MaxQuestionLength ? "A question has at most 2000 characters. Shorten it, or talk to a person and attach the details."
        : null;

    public static string FaqUrl(string key) => "/faq?entry=" + Uri.EscapeDataString(key);

    public AssistantReply Ask(string question, string? version)
    {
        if (Problem(question) is { } problem)
        {
            throw new DomainException(problem);
        }

        var started = Stopwatch.GetTimestamp();
        var match = model.Current.Match(question, version);
        var sources = new List<AssistantSource>();
        AssistantFaq? faq = null;
        if (match.Best is { } best)
        {
            faq = new AssistantFaq(best.Entry.Key, best.Entry.Question);
            if (match.Confident)
            {
                sources.Add(new AssistantSource(SearchKinds.Faq, best.Entry.Question, best.Entry.Version ?? "", best.Entry.Key, "", FaqUrl(best.Entry.Key)));
            }
        }

        if (index.IsHealthy || index.Count > 0)
        {
            foreach (var hit in index.Search(new SearchRequest(question, version, SearchKinds.Doc, Top: 3, PreferVersion: version)))
            {
                sources.Add(new AssistantSource(hit.Kind, string.IsNullOrEmpty(hit.Heading) || hit.Heading == hit.Title ? hit.Title : $"{hit.Title} › {hit.Heading}", hit.Version, hit.Path, hit.Anchor, DocUrls.Page(hit.Version, hit.Path, hit.Anchor)));
            }
        }

        var answer = match.Confident && match.Best is { } answered
            ? (answered.Entry.Answer.Length > 0 ? answered.Entry.Answer : answered.Entry.Question)
            : NotSure;
        var closest = match.Candidates.Select(c => new AssistantFaq(c.Entry.Key, c.Entry.Question)).ToList();
        return new AssistantReply(question, match.Confident, match.Confidence, faq, sources, answer, Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3), closest);
    }

    /// <summary>Answers and stores the exchange (who asked, in which version, what matched, how sure).</summary>
    public async Task<AssistantReply> AskAndRecordAsync(string question, string? version, string? userId, Guid? partnerId, Guid conversationId, CancellationToken cancellationToken = default)
    {
        var reply = Ask(question, version);
        var exchange = new AssistantExchange(conversationId, question, userId, partnerId, version, reply.Faq?.Key, reply.Confidence, reply.Answered, clock.GetUtcNow());
        await using var db = contexts.CreateSystemDbContext();
        db.AssistantExchanges.Add(exchange);
        await db.SaveChangesAsync(cancellationToken);
        return reply with { ExchangeId = exchange.Id };
    }

    /// <summary>"This helped" / "did not help"; only the person who asked may say it.</summary>
    public async Task<bool> RecordFeedbackAsync(Guid exchangeId, string? userId, bool helpful, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateSystemDbContext();
        var exchange = await db.AssistantExchanges.FirstOrDefaultAsync(e => e.Id == exchangeId, cancellationToken);
        if (exchange is null || exchange.UserId != userId)
        {
            return false;
        }

        exchange.RecordFeedback(helpful);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
