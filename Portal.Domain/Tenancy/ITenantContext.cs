namespace Portal.Domain.Tenancy;

/// <summary>Whose data the current operation may see. Implemented by the web host from the signed-in user.</summary>
public interface ITenantContext
{
    /// <summary>Staff users and system work (jobs, command line) see every partner.</summary>
    bool SeesAllPartners { get; }

    /// <summary>The partner organisation of a partner user; null for staff, anonymous users and users not yet in one.</summary>
    Guid? PartnerId { get; }
}

/// <summary>The tenant of system work: jobs, the command line, start-up seeding.</summary>
public sealed class SystemTenantContext : ITenantContext
{
    public static readonly SystemTenantContext Instance = new();

    public bool SeesAllPartners => true;

    public Guid? PartnerId => null;
}
