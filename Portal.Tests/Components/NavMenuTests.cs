using Bunit;
using Portal.Domain;
using Portal.Web.Components.Layout;

namespace Portal.Tests.Components;

public sealed class NavMenuTests : ComponentTestContext
{
    private static readonly Guid Acme = Guid.NewGuid();

    [Fact]
    public void NavMenu_ForAPartner_ShowsTheirOrganisationAndNoStaffPages()
    {
        SignInAs(Roles.Partner, Acme);

        var links = Links(Render<NavMenu>());

        Assert.Equal(["/", "/docs", "/search", "/faq", $"/partners/{Acme}", "/support/tickets"], links);
    }

    [Fact]
    public void NavMenu_ForSupport_ShowsPartnersButNoAdministration()
    {
        SignInAs(Roles.Support);

        var links = Links(Render<NavMenu>());

        Assert.Contains("/partners", links);
        Assert.DoesNotContain("/admin/users", links);
        Assert.DoesNotContain("/jobs", links);
    }

    [Fact]
    public void NavMenu_ForAnAdmin_ShowsUsersAndJobs()
    {
        SignInAs(Roles.Admin);

        var links = Links(Render<NavMenu>());

        Assert.Contains("/partners", links);
        Assert.Contains("/admin/users", links);
        Assert.Contains("/jobs", links);
    }

    [Fact]
    public void NavMenu_ForAnonymous_ShowsOnlyThePublicPages()
    {
        SignInAs(null);

        Assert.Equal(["/", "/docs", "/search", "/faq"], Links(Render<NavMenu>()));
    }

    [Fact]
    public void NavMenu_InChinese_IsTranslated()
    {
        UseCulture("zh-CN");
        SignInAs(Roles.Admin);

        var menu = Render<NavMenu>();

        Assert.Contains("首页", menu.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(">Home<", menu.Markup, StringComparison.Ordinal);
    }

    private static List<string> Links(IRenderedComponent<NavMenu> menu) =>
        [.. menu.FindAll("a[href]").Select(a => a.GetAttribute("href")!)];
}
