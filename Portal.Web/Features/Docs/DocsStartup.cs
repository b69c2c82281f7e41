using Microsoft.Extensions.Options;
using Portal.Infrastructure;
using Portal.Infrastructure.Importing;
using Portal.Infrastructure.Search;

namespace Portal.Web.Features.Docs;

/// <summary>
/// At start: imports the portal's own <c>content/</c> (idempotent, so unchanged files cost a hash each),
/// then rebuilds the search index from the database in the background while the portal already serves.
/// </summary>
public sealed class DocsStartup(IServiceScopeFactory scopes, IOptions<PortalOptions> options, IHostEnvironment environment, ILogger<DocsStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var content = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.ContentDirectory));
            if (Directory.Exists(Path.Combine(content, "docs")))
            {
                var results = await scope.ServiceProvider.GetRequiredService<DocsImporter>().ImportContentAsync(content, cancellationToken: stoppingToken);
                logger.LogInformation("Imported the portal's own docs: {Versions} versions.", results.Count);
            }

            await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // The portal keeps serving pages; search reports itself unhealthy until the next rebuild.
            logger.LogError(e, "Importing the portal's docs or rebuilding the search index failed.");
        }
    }
}
