using Microsoft.Extensions.Options;
using Portal.Domain;
using Portal.Infrastructure;
using Portal.Infrastructure.Identity;

namespace Portal.Web.Security;

/// <summary>When <c>Portal:RequireTwoFactorForStaff</c> is on, staff without an authenticator app can only set one up.</summary>
public sealed class StaffTwoFactorMiddleware(RequestDelegate next, IOptionsMonitor<PortalOptions> options)
{
    public const string SetupPath = "/Account/Manage/EnableAuthenticator";

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (options.CurrentValue.RequireTwoFactorForStaff
            && user.Identity?.IsAuthenticated == true
            && Roles.Staff.Any(user.IsInRole)
            && user.FindFirst(PortalClaimTypes.TwoFactorEnabled)?.Value != bool.TrueString
            && !context.Request.Path.StartsWithSegments("/Account")
            && !context.Request.Path.StartsWithSegments("/_framework")
            && !context.Request.Path.StartsWithSegments("/_content"))
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }

            context.Response.Redirect(SetupPath);
            return Task.CompletedTask;
        }

        return next(context);
    }
}
