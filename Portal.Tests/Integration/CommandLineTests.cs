using Portal.Web.Cli;

namespace Portal.Tests.Integration;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "portal-cli-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Help_ListsTheCommandsThatWork_AndExitsZero()
    {
        var (exit, output, _) = await RunAsync("--help");

        Assert.Equal(0, exit);
        Assert.Contains("migrate", output, StringComparison.Ordinal);
        Assert.Contains("Usage: dotnet run --project Portal.Web -- <command>", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_SaysSoAndExitsNonZero()
    {
        var (exit, _, error) = await RunAsync("frobnicate");

        Assert.NotEqual(0, exit);
        Assert.Contains("Unknown command 'frobnicate'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_CreatesTheDatabaseInTheDataDirectory()
    {
        var (exit, output, error) = await RunAsync("migrate", $"--Portal:DataDirectory={_dataDirectory}");

        Assert.True(exit == 0, error);
        Assert.Contains("Database is up to date.", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dataDirectory, "portal.db")));
    }

    [Fact]
    public async Task Migrate_InDevelopment_WhereTheHostValidatesEveryService_Works()
    {
        // dotnet run's launch profile makes the host Development, which checks every registration can be built.
        var (exit, output, error) = await RunAsync("migrate", "--environment=Development", $"--Portal:DataDirectory={_dataDirectory}");

        Assert.True(exit == 0, error);
        Assert.Contains("Database is up to date.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_WithSqlServerAndNoConnectionString_ExplainsWhatIsMissing()
    {
        var (exit, _, error) = await RunAsync("migrate", $"--Portal:DataDirectory={_dataDirectory}", "--Database:Provider=SqlServer");

        Assert.Equal(1, exit);
        Assert.Contains("ConnectionStrings__Portal", error, StringComparison.Ordinal);
    }

    [Fact]
    public void IsCommand_ServerOptions_StartTheServer()
    {
        Assert.False(CommandLine.IsCommand([]));
        Assert.False(CommandLine.IsCommand(["--urls", "http://localhost:5000"]));
        Assert.True(CommandLine.IsCommand(["--help"]));
        Assert.True(CommandLine.IsCommand(["migrate"]));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
