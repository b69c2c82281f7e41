using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Portal.Infrastructure.Identity;

/// <summary>Puts the partner organisation and two-factor state in the cookie, so tenancy needs no query per request.</summary>
public sealed class PortalClaimsPrincipalFactory(
    UserManager<PortalUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.PartnerId is { } partnerId)
        {
            identity.AddClaim(new Claim(PortalClaimTypes.PartnerId, partnerId.ToString()));
        }

        identity.AddClaim(new Claim(PortalClaimTypes.TwoFactorEnabled, user.TwoFactorEnabled.ToString(CultureInfo.InvariantCulture)));
        if (!string.IsNullOrEmpty(user.DisplayName))
        {
            identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        }

        return identity;
    }
}
