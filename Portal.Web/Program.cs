using Portal.Infrastructure;
using Portal.Web;
using Portal.Web.Cli;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalInfrastructure();
builder.AddPortalWeb();

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UsePortalPipeline();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host it.</summary>
public partial class Program;
