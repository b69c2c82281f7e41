using Portal.Domain.Tenancy;

namespace Portal.Domain.Support;

/// <summary>A reply on a ticket, or an internal note between staff (never shown to the partner).</summary>
public sealed class TicketMessage : IPartnerOwned
{
    public const int BodyMaxLength = 20_000;

    private TicketMessage()
    {
        AuthorUserId = "";
        Body = "";
    }

    internal TicketMessage(Guid ticketId, Guid partnerId, string authorUserId, string body, bool fromStaff, bool isInternal, DateTimeOffset at)
        : this()
    {
        var trimmed = body?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainException("A reply cannot be empty.");
        }

        if (trimmed.Length > BodyMaxLength)
        {
            throw new DomainException("A reply has at most 20000 characters.");
        }

        Id = Guid.NewGuid();
        TicketId = ticketId;
        PartnerId = partnerId;
        AuthorUserId = authorUserId;
        Body = trimmed;
        FromStaff = fromStaff;
        IsInternal = isInternal;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid TicketId { get; private set; }

    public Guid PartnerId { get; private set; }

    public string AuthorUserId { get; private set; }

    public string Body { get; private set; }

    public bool FromStaff { get; private set; }

    public bool IsInternal { get; private set; }

    public DateTimeOffset At { get; private set; }
}
