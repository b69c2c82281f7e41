using System.Net;
using Portal.Infrastructure.Persistence;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

public sealed class SigningInTests(PortalApplicationFactory factory) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_IsLockedOutEvenWithTheRightOne()
    {
        var client = factory.CreateBrowserLikeClient();
        for (var attempt = 1; attempt < 5; attempt++)
        {
            var wrong = await PortalApplicationFactory.PostLoginAsync(client, "manager@demo.local", "not-the-password");
            Assert.Contains("Invalid sign-in attempt", await wrong.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }

        var fifth = await PortalApplicationFactory.PostLoginAsync(client, "manager@demo.local", "not-the-password");
        Assert.Contains("/Account/Lockout", fifth.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var right = await PortalApplicationFactory.PostLoginAsync(client, "manager@demo.local", DemoData.Password);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Contains("/Account/Lockout", right.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/partners")).StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var client = await factory.SignInAsync("support@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/partners")).StatusCode);

        await PortalApplicationFactory.PostFormAsync(client, "/Account/Manage", "logout", [], postTo: "/Account/Logout");

        var after = await client.GetAsync("/partners");
        Assert.Contains("/Account/Login", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgotPassword_SendsAResetLinkThatSetsANewPassword()
    {
        var client = factory.CreateBrowserLikeClient();
        await PortalApplicationFactory.PostFormAsync(client, "/Account/ForgotPassword", "forgot-password", new() { ["Input.Email"] = "dev@globex.demo.local" });
        var link = new Uri(PortalApplicationFactory.FirstLink(Assert.Single(factory.MailsTo("dev@globex.demo.local"))));

        var reset = await PortalApplicationFactory.PostFormAsync(client, link.PathAndQuery, "reset-password", new()
        {
            ["Input.Email"] = "dev@globex.demo.local",
            ["Input.Password"] = "Brand-New-Pass-1",
            ["Input.ConfirmPassword"] = "Brand-New-Pass-1",
        });

        Assert.Contains("ResetPasswordConfirmation", reset.Headers.Location?.OriginalString, StringComparison.Ordinal);
        await factory.SignInAsync("dev@globex.demo.local", "Brand-New-Pass-1");
    }
}
