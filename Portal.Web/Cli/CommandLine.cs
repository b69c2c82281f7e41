using Portal.Domain.Tenancy;
using Portal.Infrastructure;
using Portal.Infrastructure.Persistence;

namespace Portal.Web.Cli;

/// <summary>
/// <c>dotnet run --project Portal.Web -- &lt;command&gt;</c>: runs one command against the configured
/// database and index instead of starting the server. A stable contract: see DESIGN.md.
/// </summary>
public static class CommandLine
{
    private sealed record Command(string Name, string Usage, string Description, Func<IServiceProvider, string[], TextWriter, Task<int>> RunAsync);

    private static readonly Command[] Commands =
    [
        new("migrate", "migrate", "Applies pending database migrations (the way to migrate SQL Server; SQLite also migrates at start).", MigrateAsync),
    ];

    private static readonly string[] HelpWords = ["help", "--help", "-h", "-?"];

    /// <summary>A first argument that is a word (not an option like --urls) names a command.</summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (HelpWords.Contains(args[0]) || !args[0].StartsWith('-'));

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        if (HelpWords.Contains(args[0]))
        {
            await WriteHelpAsync(output);
            return 0;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            await error.WriteLineAsync($"Unknown command '{args[0]}'. Run with --help to see the commands.");
            return 2;
        }

        try
        {
            var builder = WebApplication.CreateBuilder(args[1..]);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.AddPortalInfrastructure();
            // Commands are system work: they see every partner's data.
            builder.Services.AddSingleton<ITenantContext>(SystemTenantContext.Instance);
            await using var app = builder.Build();
            await using var scope = app.Services.CreateAsyncScope();
            return await command.RunAsync(scope.ServiceProvider, args[1..], output);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            await error.WriteLineAsync($"{command.Name}: {e.Message}");
            return 1;
        }
    }

    private static async Task WriteHelpAsync(TextWriter output)
    {
        await output.WriteLineAsync("Usage: dotnet run --project Portal.Web -- <command> [options]");
        await output.WriteLineAsync("       dotnet run --project Portal.Web            (starts the portal)");
        await output.WriteLineAsync();
        await output.WriteLineAsync("Commands:");
        foreach (var command in Commands)
        {
            await output.WriteLineAsync($"  {command.Usage,-40} {command.Description}");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync("Configuration (appsettings.json, environment variables such as Portal__DataDirectory, or --Key=Value):");
        await output.WriteLineAsync("  Portal:DataDirectory     where the SQLite database, index and mail pickup folder live (default App_Data)");
        await output.WriteLineAsync("  Database:Provider        Sqlite (default) or SqlServer, with ConnectionStrings:Portal");
    }

    private static async Task<int> MigrateAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(applyMigrations: true);
        await output.WriteLineAsync("Database is up to date.");
        return 0;
    }
}
