using Portal.Domain.Tenancy;

namespace Portal.Domain.Support;

public enum TicketPriority
{
    Low,
    Normal,
    High,
    Urgent,
}

public enum TicketStatus
{
    /// <summary>Waiting for the bank.</summary>
    Open,

    /// <summary>The bank replied; waiting for the partner.</summary>
    WaitingOnPartner,

    Resolved,
}

/// <summary>
/// A question the assistant could not settle, handed to a person with its context: the
/// conversation, the partner's API version, onboarding stage and the pages they were reading.
/// </summary>
public sealed class Ticket : IPartnerOwned
{
    public const int SubjectMaxLength = 200;
    public const int TranscriptMaxLength = 50_000;
    public const int PagesMaxLength = 2000;
    public const int UserIdMaxLength = 450;
    public const int VersionMaxLength = 32;
    public const int StageMaxLength = 100;

    private readonly List<TicketMessage> _messages = [];

    private Ticket()
    {
        Subject = "";
        CreatedByUserId = "";
        Transcript = "";
        PagesRead = "";
    }

    public Ticket(Guid partnerId, string createdByUserId, string subject, string? transcript, string? version, string? onboardingStage, IEnumerable<string> pagesRead, DateTimeOffset at)
        : this()
    {
        var trimmed = subject?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainException("Say what you need help with.");
        }

        Id = Guid.NewGuid();
        PartnerId = partnerId;
        CreatedByUserId = createdByUserId;
        Subject = trimmed.Length > SubjectMaxLength ? trimmed[..(SubjectMaxLength - 1)] + "…" : trimmed;
        Transcript = Cap(transcript ?? "", TranscriptMaxLength);
        Version = version is { Length: > 0 and <= VersionMaxLength } ? version : null;
        OnboardingStage = onboardingStage is { Length: > 0 } ? Cap(onboardingStage, StageMaxLength) : null;
        PagesRead = Cap(string.Join('\n', pagesRead.Distinct().Take(20)), PagesMaxLength);
        Priority = TicketPriority.Normal;
        Status = TicketStatus.Open;
        CreatedAt = at;
        UpdatedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid PartnerId { get; private set; }

    public string CreatedByUserId { get; private set; }

    public string Subject { get; private set; }

    /// <summary>The assistant conversation that led here, as "Partner: …" / "Assistant: …" lines.</summary>
    public string Transcript { get; private set; }

    public string? Version { get; private set; }

    /// <summary>The partner's onboarding stage when they escalated (a snapshot, by name).</summary>
    public string? OnboardingStage { get; private set; }

    /// <summary>Doc paths the partner read before asking, newest first, one per line.</summary>
    public string PagesRead { get; private set; }

    public TicketPriority Priority { get; private set; }

    public TicketStatus Status { get; private set; }

    public string? AssigneeUserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? FirstResponseAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public IReadOnlyList<TicketMessage> Messages => _messages;

    public IReadOnlyList<string> PageList => PagesRead.Length == 0 ? [] : PagesRead.Split('\n');

    /// <summary>A reply visible to the partner; from staff it is the first response if none came before.</summary>
    public TicketMessage Reply(string authorUserId, string body, bool fromStaff, DateTimeOffset at)
    {
        var message = new TicketMessage(Id, PartnerId, authorUserId, body, fromStaff, isInternal: false, at);
        _messages.Add(message);
        if (fromStaff)
        {
            FirstResponseAt ??= at;
            if (Status == TicketStatus.Open)
            {
                Status = TicketStatus.WaitingOnPartner;
            }
        }
        else if (Status != TicketStatus.Open)
        {
            Status = TicketStatus.Open;
            ResolvedAt = null;
        }

        UpdatedAt = at;
        return message;
    }

    /// <summary>A note between staff; never shown to the partner, and not a response.</summary>
    public TicketMessage AddInternalNote(string authorUserId, string body, DateTimeOffset at)
    {
        var message = new TicketMessage(Id, PartnerId, authorUserId, body, fromStaff: true, isInternal: true, at);
        _messages.Add(message);
        UpdatedAt = at;
        return message;
    }

    public void Assign(string? userId, DateTimeOffset at)
    {
        AssigneeUserId = string.IsNullOrWhiteSpace(userId) ? null : userId;
        UpdatedAt = at;
    }

    public void SetPriority(TicketPriority priority, DateTimeOffset at)
    {
        Priority = priority;
        UpdatedAt = at;
    }

    public void SetStatus(TicketStatus status, DateTimeOffset at)
    {
        Status = status;
        ResolvedAt = status == TicketStatus.Resolved ? ResolvedAt ?? at : null;
        UpdatedAt = at;
    }

    private static string Cap(string text, int max) => text.Length > max ? text[..max] : text;
}
