using Microsoft.AspNetCore.Authorization;
using Portal.Domain;

namespace Portal.Web.Security;

/// <summary>
/// Every page and endpoint names one of these (or AllowAnonymous). The authorisation matrix test
/// holds the expected outcome of each route for each role.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in user, including a partner who has not joined an organisation yet.</summary>
    public const string SignedIn = nameof(SignedIn);

    /// <summary>Partner integrators (their data is further filtered to their own organisation).</summary>
    public const string Partner = nameof(Partner);

    /// <summary>Partner integrators and every bank-side role.</summary>
    public const string PartnerOrStaff = nameof(PartnerOrStaff);

    /// <summary>Support, Manager and Admin.</summary>
    public const string Staff = nameof(Staff);

    public const string Manager = nameof(Manager);

    public const string Admin = nameof(Admin);

    public static void Add(AuthorizationBuilder authorization) => authorization
        .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser())
        .AddPolicy(Partner, p => p.RequireRole(Roles.Partner))
        .AddPolicy(PartnerOrStaff, p => p.RequireRole([Roles.Partner, .. Roles.Staff]))
        .AddPolicy(Staff, p => p.RequireRole(Roles.Staff))
        .AddPolicy(Manager, p => p.RequireRole(Roles.Manager, Roles.Admin))
        .AddPolicy(Admin, p => p.RequireRole(Roles.Admin))
        // A route that forgets to say who may use it is for signed-in users only.
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
}
