using System.Reflection;

namespace Portal.Tests.Architecture;

/// <summary>Domain references nothing of ours; Infrastructure only Domain; nothing references Web.</summary>
public sealed class DependencyDirectionTests
{
    private static readonly Assembly Domain = typeof(Portal.Domain.Roles).Assembly;
    private static readonly Assembly Infrastructure = typeof(Portal.Infrastructure.PortalPaths).Assembly;
    private static readonly Assembly Web = typeof(Program).Assembly;

    [Fact]
    public void Domain_ReferencesOnlyTheBaseLibrary()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(
            name.StartsWith("System.", StringComparison.Ordinal) && !name.StartsWith("System.Net", StringComparison.Ordinal) && name != "System.IO.FileSystem",
            $"Portal.Domain references {name}; the domain stays free of projects, packages and I/O."));
    }

    [Fact]
    public void Infrastructure_ReferencesDomainButNotWeb()
    {
        var references = Infrastructure.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("Portal.Domain", references);
        Assert.DoesNotContain("Portal.Web", references);
    }

    [Fact]
    public void NoProject_ReferencesWeb()
    {
        Assert.DoesNotContain("Portal.Web", Domain.GetReferencedAssemblies().Select(a => a.Name));
        Assert.DoesNotContain("Portal.Web", Infrastructure.GetReferencedAssemblies().Select(a => a.Name));
        Assert.Contains("Portal.Infrastructure", Web.GetReferencedAssemblies().Select(a => a.Name));
    }

    [Fact]
    public void ProjectFiles_FollowTheDependencyDirection()
    {
        var root = RepositoryRoot();
        string References(string project) => File.ReadAllText(Path.Combine(root, project, project + ".csproj"));

        Assert.DoesNotContain("ProjectReference", References("Portal.Domain"), StringComparison.Ordinal);
        Assert.DoesNotContain("PackageReference", References("Portal.Domain"), StringComparison.Ordinal);
        Assert.DoesNotContain("Portal.Web", References("Portal.Infrastructure"), StringComparison.Ordinal);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Portal.sln not found above the test output.");
    }
}
