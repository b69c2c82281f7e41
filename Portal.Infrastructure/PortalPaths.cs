namespace Portal.Infrastructure;

/// <summary>The absolute locations inside the data directory. Created on first use.</summary>
public sealed class PortalPaths
{
    public PortalPaths(string contentRoot, string dataDirectory)
    {
        DataDirectory = Path.GetFullPath(Path.Combine(contentRoot, dataDirectory));
        Directory.CreateDirectory(DataDirectory);
    }

    public string DataDirectory { get; }

    public string DatabaseFile => Path.Combine(DataDirectory, "portal.db");

    public string MailPickup => Ensure("mail-pickup");

    public string DataProtectionKeys => Ensure("keys");

    public string SearchIndex => Path.Combine(DataDirectory, "search-index");

    private string Ensure(string name)
    {
        var path = Path.Combine(DataDirectory, name);
        Directory.CreateDirectory(path);
        return path;
    }
}
