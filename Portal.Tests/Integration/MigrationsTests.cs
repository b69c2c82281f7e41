using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Domain.Tenancy;
using Portal.Infrastructure.Persistence;

namespace Portal.Tests.Integration;

/// <summary>SQL Server cannot run here, so its migrations are checked without a server: no pending model changes, and the script generates.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void SqliteMigrations_MatchTheModel()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqlitePortalDbContext (see README).");
    }

    [Fact]
    public void SqlServerMigrations_MatchTheModel()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqlServerPortalDbContext (see README).");
    }

    [Fact]
    public void SqlServerMigrationScript_CreatesTheIdentityAndPortalTables()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [AspNetUsers]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [PartnerOrganisations]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [InvitationCodes]", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SqliteMigrations_BuildAWorkingDatabaseFromNothing()
    {
        var file = Path.Combine(Path.GetTempPath(), $"portal-migrate-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={file};Pooling=false").Options;
        try
        {
            await using var db = new SqlitePortalDbContext(options, SystemTenantContext.Instance);
            await db.Database.MigrateAsync();

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(0, await db.Partners.CountAsync());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
