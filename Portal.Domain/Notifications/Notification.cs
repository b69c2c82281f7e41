namespace Portal.Domain.Notifications;

/// <summary>
/// One thing one person was told, shown in their notification centre until read. <see cref="Title"/> is
/// English composite-format text that doubles as its localisation key; <see cref="Arguments"/> fill it.
/// </summary>
public sealed class Notification
{
    public const int UserIdMaxLength = 450;
    public const int TopicMaxLength = 50;
    public const int TitleMaxLength = 300;
    public const int LinkMaxLength = 1000;
    public const int DedupKeyMaxLength = 200;
    public const int MaxArguments = 10;
    public const int ArgumentMaxLength = 500;

    private readonly List<string> _arguments = [];

    private Notification()
    {
        UserId = "";
        Topic = "";
        Title = "";
        Link = "";
    }

    public Notification(string userId, string topic, string title, string link, IReadOnlyList<string>? arguments, string? dedupKey, DateTimeOffset now)
        : this()
    {
        if (string.IsNullOrWhiteSpace(userId) || userId.Length > UserIdMaxLength)
        {
            throw new DomainException("A notification is for one user.");
        }

        if (string.IsNullOrWhiteSpace(topic) || topic.Length > TopicMaxLength)
        {
            throw new DomainException("A notification has a topic.");
        }

        if (string.IsNullOrWhiteSpace(title) || title.Length > TitleMaxLength)
        {
            throw new DomainException($"A notification has a title of 1 to {TitleMaxLength} characters.");
        }

        // Only portal-relative links: a notification never sends anyone to another site.
        if (link is null || link.Length > LinkMaxLength || !link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal) || link.Contains('\\', StringComparison.Ordinal))
        {
            throw new DomainException("A notification links to a page of the portal.");
        }

        var values = arguments ?? [];
        if (values.Count > MaxArguments || values.Any(a => a is null || a.Length > ArgumentMaxLength))
        {
            throw new DomainException($"A notification has at most {MaxArguments} values of at most {ArgumentMaxLength} characters.");
        }

        if (dedupKey is { Length: 0 or > DedupKeyMaxLength })
        {
            throw new DomainException($"A notification's de-duplication key has 1 to {DedupKeyMaxLength} characters.");
        }

        Id = Guid.NewGuid();
        UserId = userId;
        Topic = topic;
        Title = title;
        Link = link;
        _arguments.AddRange(values);
        DedupKey = dedupKey;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public string Topic { get; private set; }

    public string Title { get; private set; }

    public IReadOnlyList<string> Arguments => _arguments;

    public string Link { get; private set; }

    /// <summary>When set, the same recipient never gets a second notification with this key.</summary>
    public string? DedupKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    /// <summary>Waiting for the recipient's next digest e-mail.</summary>
    public bool InDigest { get; private set; }

    /// <summary>When it left by e-mail (immediately or in a digest).</summary>
    public DateTimeOffset? EmailedAt { get; private set; }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    public void QueueForDigest() => InDigest = true;

    public void Emailed(DateTimeOffset now)
    {
        InDigest = false;
        EmailedAt ??= now;
    }
}
