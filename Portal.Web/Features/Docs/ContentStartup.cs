using Microsoft.Extensions.Options;
using Portal.Infrastructure;
using Portal.Infrastructure.Assistant;
using Portal.Infrastructure.Importing;
using Portal.Infrastructure.Search;
using Portal.Web.Features.Search;

namespace Portal.Web.Features.Docs;

/// <summary>
/// At start, in the background while the portal already serves: loads the pinned search results, imports the portal's own
/// <c>content/</c> docs and FAQ (idempotent, so unchanged files cost a hash each), loads the FAQ
/// matcher (its classifier trains in the background), then rebuilds the search index (doc
/// sections and FAQ entries) from the database. One sequence, so the rebuild sees the FAQ.
/// </summary>
public sealed class ContentStartup(IServiceScopeFactory scopes, FaqModelHost faqModel, IOptions<PortalOptions> options, IHostEnvironment environment, ILogger<ContentStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SearchPinsService>().LoadAsync(stoppingToken);
            var content = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.ContentDirectory));
            if (Directory.Exists(Path.Combine(content, "docs")))
            {
                var results = await scope.ServiceProvider.GetRequiredService<DocsImporter>().ImportContentAsync(content, cancellationToken: stoppingToken);
                logger.LogInformation("Imported the portal's own docs: {Versions} versions.", results.Count);
            }

            if (Directory.Exists(Path.Combine(content, "faq")))
            {
                var result = await scope.ServiceProvider.GetRequiredService<FaqImporter>().ImportAsync(Path.Combine(content, "faq"), stoppingToken);
                logger.LogInformation("Imported the portal's own FAQ: {Summary}", result.Summary);
            }

            await faqModel.ReloadAsync(stoppingToken);
            await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // The portal keeps serving pages; search reports itself unhealthy until the next rebuild.
            logger.LogError(e, "Importing the portal's content or rebuilding the search index failed.");
        }
    }
}
