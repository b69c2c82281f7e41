using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Domain.Tenancy;

namespace Portal.Infrastructure.Persistence;

// Used by dotnet-ef only: migrations are generated per provider without starting the web host.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePortalDbContext>
{
    public SqlitePortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=design.db").Options, SystemTenantContext.Instance);
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerPortalDbContext>
{
    public SqlServerPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerPortalDbContext>().UseSqlServer("Server=.;Database=Portal;Trusted_Connection=True;TrustServerCertificate=True").Options, SystemTenantContext.Instance);
}
