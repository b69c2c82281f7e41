using System.Security.Claims;
using Portal.Domain;
using Portal.Domain.Tenancy;
using Portal.Infrastructure.Identity;

namespace Portal.Web.Security;

/// <summary>
/// The signed-in user of this request or circuit, and therefore whose partner data may be seen.
/// HTTP requests read it from the HttpContext; interactive circuits get it from <see cref="CircuitUserHandler"/>.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor httpContextAccessor) : ITenantContext
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
    private ClaimsPrincipal? _circuitUser;

    public ClaimsPrincipal Principal => _circuitUser ?? httpContextAccessor.HttpContext?.User ?? Anonymous;

    public string? UserId => Principal.FindFirstValue(ClaimTypes.NameIdentifier);

    public bool IsStaff => Roles.Staff.Any(Principal.IsInRole);

    public bool SeesAllPartners => IsStaff;

    public Guid? PartnerId =>
        Principal.IsInRole(Roles.Partner) && Guid.TryParse(Principal.FindFirstValue(PortalClaimTypes.PartnerId), out var id) ? id : null;

    internal void SetCircuitUser(ClaimsPrincipal user) => _circuitUser = user;
}
