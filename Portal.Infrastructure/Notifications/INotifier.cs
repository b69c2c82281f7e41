namespace Portal.Infrastructure.Notifications;

/// <summary>
/// Something a person must be told, and the page where they act on it. <see cref="Title"/> is an
/// English composite-format text that doubles as its localisation key; <see cref="Arguments"/>
/// fill its placeholders after it is translated into the recipient's language.
/// </summary>
/// <param name="UserId">The recipient (an Identity user id).</param>
/// <param name="Topic">What kind of notice it is (see <see cref="NoticeTopics"/>); preferences and templates are per topic.</param>
/// <param name="Title">English text with {0}-style placeholders, for example "New reply on ticket {0}".</param>
/// <param name="Link">A portal-relative URL, for example "/support/tickets/…".</param>
/// <param name="Arguments">Values for the placeholders, not translated.</param>
/// <param name="DedupKey">When set, a second notice with the same recipient and key is not sent again.</param>
public sealed record Notice(
    string UserId,
    string Topic,
    string Title,
    string Link,
    IReadOnlyList<string>? Arguments = null,
    string? DedupKey = null);

public static class NoticeTopics
{
    public const string TicketReply = "ticket-reply";
    public const string TicketAssigned = "ticket-assigned";
    public const string TicketCreated = "ticket-created";
    public const string TicketSla = "ticket-sla";
    public const string StageOverdue = "stage-overdue";
    public const string DocStale = "doc-stale";
    public const string Digest = "digest";
}

/// <summary>Tells people things: in the portal's notification centre and by e-mail, as their preferences say.</summary>
public interface INotifier
{
    Task NotifyAsync(Notice notice, CancellationToken cancellationToken = default);
}
