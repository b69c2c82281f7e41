namespace Portal.Domain.Metrics;

/// <param name="Answered">The assistant gave an answer it was confident in.</param>
/// <param name="Escalated">The question became a ticket, whether or not it was answered first.</param>
public sealed record QuestionOutcome(DateTimeOffset AskedAt, bool Answered, bool Escalated);

/// <summary>Metrics of the self-service content: how often the assistant spared staff, and how much of the docs is overdue for review.</summary>
public static class ContentMetrics
{
    /// <summary>Answered without escalation over all questions; null when nobody asked anything.</summary>
    public static double? DeflectionRate(int answeredWithoutEscalation, int allQuestions)
    {
        if (allQuestions < 0 || answeredWithoutEscalation < 0 || answeredWithoutEscalation > allQuestions)
        {
            throw new ArgumentOutOfRangeException(nameof(answeredWithoutEscalation), "Deflected questions are from 0 to all questions.");
        }

        return allQuestions == 0 ? null : (double)answeredWithoutEscalation / allQuestions;
    }

    /// <summary>A question counts as deflected only when it was answered and not escalated; one left unanswered still counts in the total.</summary>
    public static double? DeflectionRate(IEnumerable<QuestionOutcome> questions)
    {
        var all = questions.ToList();
        return DeflectionRate(all.Count(q => q.Answered && !q.Escalated), all.Count);
    }

    /// <summary>Pages whose review date has come (due at <paramref name="now"/> is stale); a page without a review date never is.</summary>
    public static int StaleDocCount(IEnumerable<DateTimeOffset?> nextReviewAt, DateTimeOffset now) =>
        nextReviewAt.Count(at => at <= now);
}
