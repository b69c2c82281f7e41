using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

public sealed class ChoosingALanguageTests(PortalApplicationFactory factory) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task CultureSwitch_ToChinese_IsRememberedAndTranslatesThePages()
    {
        var client = await factory.SignInAsync("support@demo.local");

        var set = await client.GetAsync("/culture/set?culture=zh-CN&redirectUri=%2Fpartners");
        var partners = WebUtility.HtmlDecode(await client.GetStringAsync("/partners"));
        var login = await factory.CreateBrowserLikeClient().GetStringAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("/partners", set.Headers.Location!.OriginalString);
        Assert.Contains("<html lang=\"zh-CN\"", partners, StringComparison.Ordinal);
        Assert.Contains("合作伙伴", partners, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", login, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CultureSwitch_ToAnotherSite_StaysOnThePortal()
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync("/culture/set?culture=en&redirectUri=https%3A%2F%2Fevil.example%2F");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task CultureSwitch_UnsupportedCulture_IsABadRequest()
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync("/culture/set?culture=xx&redirectUri=%2F");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

public sealed class RequiringTwoFactorForStaffTests : IClassFixture<RequiringTwoFactorForStaffTests.Factory>
{
    private readonly Factory _factory;

    public RequiringTwoFactorForStaffTests(Factory factory) => _factory = factory;

    public sealed class Factory : PortalApplicationFactory
    {
        public Factory() => Settings["Portal:RequireTwoFactorForStaff"] = "true";
    }

    [Fact]
    public async Task StaffWithoutAuthenticator_AreSentToSetItUp()
    {
        var support = await _factory.SignInAsync("support@demo.local");

        var response = await support.GetAsync("/partners");
        var setup = await support.GetAsync("/Account/Manage/EnableAuthenticator");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Manage/EnableAuthenticator", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
    }

    [Fact]
    public async Task Partners_AreNotAskedForAnAuthenticator()
    {
        var partner = await _factory.SignInAsPartnerAsync();

        var response = await partner.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
