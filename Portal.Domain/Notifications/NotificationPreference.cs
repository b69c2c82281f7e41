namespace Portal.Domain.Notifications;

public enum NotificationDelivery
{
    /// <summary>Only the bell in the portal.</summary>
    InAppOnly,

    /// <summary>The bell and an e-mail for each notification as it happens (the default).</summary>
    EmailImmediately,

    /// <summary>The bell and one e-mail a day listing what came.</summary>
    EmailDigest,
}

/// <summary>How one person wants to be told, and in which language their e-mails are written.</summary>
public sealed class NotificationPreference
{
    public const int CultureMaxLength = 10;
    public const string DefaultCulture = "en";

    public static readonly IReadOnlyList<string> Cultures = [DefaultCulture, "zh-CN"];

    private NotificationPreference()
    {
        UserId = "";
        Culture = DefaultCulture;
    }

    public NotificationPreference(string userId, DateTimeOffset now)
        : this()
    {
        if (string.IsNullOrWhiteSpace(userId) || userId.Length > Notification.UserIdMaxLength)
        {
            throw new DomainException("A notification is for one user.");
        }

        UserId = userId;
        Delivery = NotificationDelivery.EmailImmediately;
        UpdatedAt = now;
    }

    public string UserId { get; private set; }

    public NotificationDelivery Delivery { get; private set; }

    public string Culture { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public void Change(NotificationDelivery delivery, string culture, DateTimeOffset now)
    {
        if (!Enum.IsDefined(delivery))
        {
            throw new DomainException("Choose how you want to be notified.");
        }

        ChangeCulture(culture, now);
        Delivery = delivery;
    }

    public void ChangeCulture(string culture, DateTimeOffset now)
    {
        if (!Cultures.Contains(culture))
        {
            throw new DomainException("E-mails are written in English or Chinese.");
        }

        Culture = culture;
        UpdatedAt = now;
    }
}
