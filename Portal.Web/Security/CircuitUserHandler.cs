using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Portal.Web.Security;

/// <summary>Keeps <see cref="CurrentUser"/> current inside an interactive circuit, where there is no HttpContext.</summary>
public sealed class CircuitUserHandler(AuthenticationStateProvider authentication, CurrentUser currentUser) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            currentUser.SetCircuitUser((await authentication.GetAuthenticationStateAsync()).User);
            await next(context);
        };
}
