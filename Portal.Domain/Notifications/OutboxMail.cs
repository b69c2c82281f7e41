namespace Portal.Domain.Notifications;

/// <summary>
/// An e-mail waiting to leave. It is stored before anything is sent, so a failing mail server
/// delays it but never loses it: each failure schedules the next attempt further away.
/// </summary>
public sealed class OutboxMail
{
    public const int ToMaxLength = 256;
    public const int SubjectMaxLength = 400;
    public const int ErrorMaxLength = 2000;

    /// <summary>Attempts back off 1, 2, 4 … minutes, never more than this apart; they never stop.</summary>
    public static readonly TimeSpan MaxBackOff = TimeSpan.FromHours(6);

    private OutboxMail()
    {
        To = "";
        Subject = "";
        HtmlBody = "";
    }

    public OutboxMail(string to, string subject, string htmlBody, DateTimeOffset now)
        : this()
    {
        if (string.IsNullOrWhiteSpace(to) || to.Length > ToMaxLength)
        {
            throw new DomainException("An e-mail has one recipient address.");
        }

        Id = Guid.NewGuid();
        To = to;
        Subject = subject.Length > SubjectMaxLength ? subject[..SubjectMaxLength] : subject;
        HtmlBody = htmlBody;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public Guid Id { get; private set; }

    public string To { get; private set; }

    public string Subject { get; private set; }

    public string HtmlBody { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Null once sent.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? LastError { get; private set; }

    public bool IsSent => SentAt is not null;

    public static TimeSpan BackOff(int attempts) =>
        attempts >= 20 ? MaxBackOff : TimeSpan.FromMinutes(Math.Min(Math.Pow(2, attempts - 1), MaxBackOff.TotalMinutes));

    public void Sent(DateTimeOffset now)
    {
        Attempts++;
        SentAt = now;
        NextAttemptAt = null;
        LastError = null;
    }

    public void Failed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        NextAttemptAt = now + BackOff(Attempts);
    }
}
