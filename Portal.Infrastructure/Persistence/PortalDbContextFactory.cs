using Microsoft.EntityFrameworkCore;
using Portal.Domain.Tenancy;

namespace Portal.Infrastructure.Persistence;

/// <summary>
/// Creates contexts for the configured provider, filtered to the current user's partner.
/// Blazor circuits live long, so components create one context per operation from here.
/// </summary>
public sealed class PortalDbContextFactory(Func<ITenantContext, PortalDbContext> create, ITenantContext tenant)
    : IDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext() => create(tenant);

    /// <summary>For system work only (start-up, jobs, command line, invitation redemption): sees every partner.</summary>
    public PortalDbContext CreateSystemDbContext() => create(SystemTenantContext.Instance);

    /// <summary>A context for an explicitly given tenant (a job acting for one partner, a test).</summary>
    public PortalDbContext CreateFor(ITenantContext explicitTenant) => create(explicitTenant);
}
