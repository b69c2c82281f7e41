using System.Globalization;
using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Portal.Infrastructure.Identity;
using Portal.Web.Security;

namespace Portal.Tests.Components;

/// <summary>
/// bUnit context with MudBlazor, the real localizer and the REAL authorisation policies of the
/// portal (not bUnit's fake), so a component test shows what each role would see.
/// </summary>
public abstract class ComponentTestContext : BunitContext
{
    private readonly CultureInfo _previousCulture = CultureInfo.CurrentUICulture;

    protected ComponentTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Policies.Add(Services.AddAuthorizationBuilder());
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
    }

    protected void SignInAs(string? role, Guid? partnerId = null)
    {
        var identity = role is null ? new ClaimsIdentity() : new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, "someone@example.test"),
                new Claim(ClaimTypes.Role, role),
                .. partnerId is { } id ? [new Claim(PortalClaimTypes.PartnerId, id.ToString())] : Array.Empty<Claim>(),
            ],
            "test");
        var state = Task.FromResult(new AuthenticationState(new ClaimsPrincipal(identity)));
        Services.AddCascadingValue(_ => state);
    }

    protected static void UseCulture(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = _previousCulture;
        if (disposing)
        {
            // MudBlazor registers services that only dispose asynchronously; xUnit v2 disposes test classes synchronously.
            DisposeAsyncCore().AsTask().GetAwaiter().GetResult();
        }

        base.Dispose(false);
    }
}
