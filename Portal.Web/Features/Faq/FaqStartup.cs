using Microsoft.Extensions.Options;
using Portal.Infrastructure;
using Portal.Infrastructure.Assistant;
using Portal.Infrastructure.Importing;

namespace Portal.Web.Features.Faq;

/// <summary>
/// At start: imports the portal's own <c>content/faq</c> (idempotent), then loads the FAQ matcher;
/// its classifier trains in the background while BM25 already answers.
/// </summary>
public sealed class FaqStartup(IServiceScopeFactory scopes, FaqModelHost model, IOptions<PortalOptions> options, IHostEnvironment environment, ILogger<FaqStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var faq = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.ContentDirectory, "faq"));
            if (Directory.Exists(faq))
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<FaqImporter>().ImportAsync(faq, stoppingToken);
                logger.LogInformation("Imported the portal's own FAQ: {Summary}", result.Summary);
            }

            await model.ReloadAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogError(e, "Importing the portal's FAQ or loading the assistant failed.");
        }
    }
}
