namespace Portal.Tests.Infrastructure;

/// <summary>The shared test corpora: <c>shared/corpora</c> beside the repository (see its README).</summary>
public static class Corpora
{
    public static string Root { get; } = FindRoot();

    public static string OpenBankingDocs(string version) =>
        Path.Combine(Root, "open-banking-uk", "read-write-api-docs", version);

    public static string OpenBankingDocsRoot => Path.Combine(Root, "open-banking-uk", "read-write-api-docs");

    /// <summary>Copies a folder (for tests that change files); the caller deletes it.</summary>
    public static string CopyToTemp(string source)
    {
        var target = Path.Combine(Path.GetTempPath(), "portal-docs", Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
            File.SetAttributes(destination, FileAttributes.Normal);
        }

        return target;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
        {
            directory = directory.Parent;
        }

        var root = directory is null ? null : Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpora"));
        return root is not null && Directory.Exists(root)
            ? root
            : throw new InvalidOperationException("The test corpora are expected in shared/corpora beside the folder holding Portal.sln.");
    }
}
