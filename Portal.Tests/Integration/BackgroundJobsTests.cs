using System.Net;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

public sealed class BackgroundJobsTests(PortalApplicationFactory factory) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task JobsDashboard_ForAnAdmin_ShowsHangfire()
    {
        var admin = await factory.SignInAsync("admin@demo.local");

        var response = await admin.GetAsync("/jobs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Portal jobs", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("support@demo.local")]
    [InlineData("manager@demo.local")]
    [InlineData("dev@acme.demo.local")]
    public async Task JobsDashboard_ForNonAdmins_IsDenied(string email)
    {
        var client = await factory.SignInAsync(email);

        var response = await client.GetAsync("/jobs");

        Assert.Contains("/Account/AccessDenied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public void JobStorage_IsThisHostsOwn_NotAProcessWideStatic()
    {
        using var other = new PortalApplicationFactory();

        var mine = factory.Services.GetRequiredService<JobStorage>();
        var theirs = other.Services.GetRequiredService<JobStorage>();

        Assert.IsType<InMemoryStorage>(mine);
        Assert.NotSame(mine, theirs);
    }
}
