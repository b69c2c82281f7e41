using Hangfire.Dashboard;
using Portal.Domain;

namespace Portal.Web.Security;

/// <summary>Second lock on the Hangfire dashboard: the endpoint already requires the Admin policy.</summary>
public sealed class AdminDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
}
