using System.ComponentModel.DataAnnotations;

namespace Portal.Infrastructure;

public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Where the SQLite database, search index, mail pickup folder and keys live; relative to the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>The portal's own docs and FAQ (<c>docs/&lt;version&gt;/</c>, <c>faq/</c>), imported at start; relative to the content root.</summary>
    public string ContentDirectory { get; set; } = "../content";

    /// <summary>Seeds the demo accounts and organisations. Refused in Production whatever this says.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>Staff must set up an authenticator app before they can use the portal.</summary>
    public bool RequireTwoFactorForStaff { get; set; }
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
