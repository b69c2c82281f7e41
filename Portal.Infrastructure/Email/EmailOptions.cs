namespace Portal.Infrastructure.Email;

public enum MailTransportKind
{
    /// <summary>Each message is written as an .eml file to the data directory's pickup folder.</summary>
    Pickup,
    Smtp,
}

public sealed class EmailOptions
{
    public const string Section = "Email";

    public MailTransportKind Transport { get; set; } = MailTransportKind.Pickup;

    public string FromAddress { get; set; } = "portal@bank.example";

    public string FromName { get; set; } = "Open API Portal";

    /// <summary>Where links in e-mails point: the portal's public address.</summary>
    public string PortalBaseUrl { get; set; } = "http://localhost:5000";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }
}
