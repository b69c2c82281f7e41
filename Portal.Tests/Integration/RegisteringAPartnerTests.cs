using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Domain;
using Portal.Infrastructure.Persistence;
using Portal.Tests.Infrastructure;
using Portal.Web.Api;

namespace Portal.Tests.Integration;

public sealed class RegisteringAPartnerTests(PortalApplicationFactory factory) : IClassFixture<PortalApplicationFactory>
{
    private const string NewPassword = "Sandbox-Pass-2026";

    [Fact]
    public async Task Register_ConfirmThenSignIn_UserJoinsTheOrganisationOfTheirCode()
    {
        var email = $"new-{Guid.NewGuid():N}@initech.example";
        var client = factory.CreateBrowserLikeClient();

        var registered = await PortalApplicationFactory.PostFormAsync(client, "/Account/Register", "register", new()
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "Nina New",
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
            ["Input.InvitationCode"] = "acme-demo-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Contains("/Account/RegisterConfirmation", registered.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // Unconfirmed accounts cannot sign in yet.
        var early = await PortalApplicationFactory.PostLoginAsync(client, email, NewPassword);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("confirm your e-mail", await early.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var mail = Assert.Single(factory.MailsTo(email));
        var link = new Uri(PortalApplicationFactory.FirstLink(mail));
        var confirmed = await client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var confirmedPage = await confirmed.Content.ReadAsStringAsync();
        Assert.True(confirmedPage.Contains("Thank you for confirming", StringComparison.OrdinalIgnoreCase), confirmedPage);

        var signIn = await PortalApplicationFactory.PostLoginAsync(client, email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var me = await client.GetFromJsonAsync<PortalApi.MeResponse>("/api/me");
        var acmeId = await factory.WithDatabaseAsync(db => db.Partners.Where(p => p.Name == DemoData.AcmeName).Select(p => p.Id).SingleAsync());
        Assert.Equal(acmeId, me!.PartnerId);
        Assert.Equal([Roles.Partner], me.Roles);
    }

    [Fact]
    public async Task Register_WithAnInvalidCode_ShowsWhyAndCreatesNoAccount()
    {
        var email = $"typo-{Guid.NewGuid():N}@initech.example";
        var client = factory.CreateBrowserLikeClient();

        var response = await PortalApplicationFactory.PostFormAsync(client, "/Account/Register", "register", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
            ["Input.InvitationCode"] = "NOSUCHCODE",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This invitation code is not valid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.WithDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }
}
