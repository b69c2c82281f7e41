namespace Portal.Domain.Assistant;

/// <summary>
/// One question to the assistant and what it answered: the record behind the FAQ backlog and the
/// deflection rate. Kept for staff only; partners see their own conversation in their session.
/// </summary>
public sealed class AssistantExchange
{
    public const int QuestionMaxLength = 2000;
    public const int UserIdMaxLength = 450;

    private AssistantExchange()
    {
        Question = "";
    }

    public AssistantExchange(Guid conversationId, string question, string? userId, Guid? partnerId, string? version, string? faqKey, double confidence, bool answered, DateTimeOffset at)
        : this()
    {
        Id = Guid.NewGuid();
        ConversationId = conversationId;
        Question = question.Length > QuestionMaxLength ? question[..QuestionMaxLength] : question;
        UserId = userId;
        PartnerId = partnerId;
        Version = version;
        FaqKey = faqKey;
        Confidence = Math.Clamp(confidence, 0, 1);
        Answered = answered;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid ConversationId { get; private set; }

    public string Question { get; private set; }

    public string? UserId { get; private set; }

    public Guid? PartnerId { get; private set; }

    public string? Version { get; private set; }

    /// <summary>The closest FAQ entry, answered or not.</summary>
    public string? FaqKey { get; private set; }

    public double Confidence { get; private set; }

    public bool Answered { get; private set; }

    /// <summary>The reader's "this helped" (true) or "did not help" (false); null until they say.</summary>
    public bool? Helpful { get; private set; }

    public bool Escalated { get; private set; }

    /// <summary>Set when staff worked it off the backlog (an entry created or a phrasing added).</summary>
    public DateTimeOffset? ResolvedAt { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Unanswered, unhelpful or escalated, and nobody has dealt with it yet.</summary>
    public bool InBacklog => ResolvedAt is null && (!Answered || Helpful == false || Escalated);

    public void RecordFeedback(bool helpful) => Helpful = helpful;

    public void MarkEscalated() => Escalated = true;

    public void Resolve(DateTimeOffset at) => ResolvedAt ??= at;
}
