using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain;
using Portal.Infrastructure.Onboarding;

namespace Portal.Infrastructure.Persistence;

/// <summary>Brings the database to the current schema and puts in what every installation needs.</summary>
public sealed class DatabaseInitializer(
    PortalDbContextFactory contexts,
    RoleManager<IdentityRole> roles,
    DemoData demoData,
    OnboardingSeeding onboarding,
    IOptions<DatabaseOptions> database,
    IOptions<PortalOptions> portal,
    IHostEnvironment environment,
    ILogger<DatabaseInitializer> logger)
{
    /// <param name="applyMigrations">SQLite always migrates at start; SQL Server only through the <c>migrate</c> command (see README).</param>
    public async Task InitializeAsync(bool applyMigrations, CancellationToken cancellationToken = default)
    {
        if (applyMigrations || database.Value.Provider == DatabaseProvider.Sqlite)
        {
            await using var db = contexts.CreateSystemDbContext();
            await db.Database.MigrateAsync(cancellationToken);
        }

        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        await onboarding.SeedDefaultTemplateAsync(cancellationToken);
        if (portal.Value.SeedDemoData)
        {
            if (environment.IsProduction())
            {
                logger.LogWarning("Portal:SeedDemoData is set in Production; demo data is never seeded there.");
                return;
            }

            await demoData.SeedAsync(cancellationToken);
            await onboarding.SeedDemoAsync(cancellationToken);
        }
    }
}
