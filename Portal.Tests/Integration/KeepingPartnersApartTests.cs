using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Partners;
using Portal.Domain.Tenancy;
using Portal.Infrastructure.Persistence;
using Portal.Tests.Infrastructure;
using Portal.Web.Features.Partners;

namespace Portal.Tests.Integration;

public sealed class KeepingPartnersApartTests(PortalApplicationFactory factory) : IClassFixture<PortalApplicationFactory>
{
    private sealed record Tenant(Guid? PartnerId, bool SeesAllPartners) : ITenantContext;

    [Fact]
    public async Task PartnerPage_OfAnotherOrganisation_IsNotFound()
    {
        var (_, globex) = await PartnerIdsAsync();
        var acmeDeveloper = await factory.SignInAsPartnerAsync();

        var response = await acmeDeveloper.GetAsync($"/partners/{globex}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(DemoData.GlobexName, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartnerPage_OfOwnOrganisation_ShowsItsMembers()
    {
        var (acme, _) = await PartnerIdsAsync();
        var acmeDeveloper = await factory.SignInAsPartnerAsync();

        var page = await acmeDeveloper.GetStringAsync($"/partners/{acme}");

        Assert.Contains(DemoData.AcmeName, page, StringComparison.Ordinal);
        Assert.Contains("dev@acme.demo.local", page, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoData.AcmeInvitationCode, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartnersApi_ForAPartner_ListsOnlyTheirOwnOrganisation()
    {
        var (acme, globex) = await PartnerIdsAsync();
        var acmeDeveloper = await factory.SignInAsPartnerAsync();

        var visible = await acmeDeveloper.GetFromJsonAsync<List<PartnerSummary>>("/api/partners");
        var other = await acmeDeveloper.GetAsync($"/api/partners/{globex}");

        Assert.Equal([acme], visible!.Select(p => p.Id));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task PartnersApi_ForStaff_ListsEveryOrganisationWithInvitationCodes()
    {
        var (acme, globex) = await PartnerIdsAsync();
        var support = await factory.SignInAsync("support@demo.local");

        var visible = await support.GetFromJsonAsync<List<PartnerSummary>>("/api/partners");
        var details = await support.GetFromJsonAsync<PartnerDetails>($"/api/partners/{globex}");

        Assert.Contains(acme, visible!.Select(p => p.Id));
        Assert.Contains(globex, visible!.Select(p => p.Id));
        Assert.Contains(details!.Invitations, i => i.Code == DemoData.GlobexInvitationCode);
    }

    [Fact]
    public async Task StaffPages_ForAPartner_AreForbidden()
    {
        var acmeDeveloper = await factory.SignInAsPartnerAsync();

        var partners = await acmeDeveloper.GetAsync("/partners");
        var jobs = await acmeDeveloper.GetAsync("/jobs");

        Assert.Contains("/Account/AccessDenied", partners.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/Account/AccessDenied", jobs.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryFilter_ForEveryPartnerOwnedEntity_ReturnsOnlyTheTenantsRows()
    {
        var (acme, globex) = await PartnerIdsAsync();

        var asAcme = await factory.WithDatabaseAsync(db => db.InvitationCodes.Select(c => c.PartnerId).Distinct().ToListAsync(), new Tenant(acme, false));
        var asNobody = await factory.WithDatabaseAsync(db => db.InvitationCodes.CountAsync(), new Tenant(null, false));
        var asStaff = await factory.WithDatabaseAsync(db => db.InvitationCodes.Select(c => c.PartnerId).Distinct().ToListAsync(), new Tenant(null, true));

        Assert.Equal([acme], asAcme);
        Assert.Equal(0, asNobody);
        Assert.Contains(globex, asStaff);
        // Every partner-owned entity type is covered by the same filter.
        var unfiltered = await factory.WithDatabaseAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .Where(t => typeof(IPartnerOwned).IsAssignableFrom(t.ClrType) && t.GetDeclaredQueryFilters().Count == 0)
            .Select(t => t.ClrType.Name).ToList()));
        Assert.Empty(unfiltered);
    }

    [Fact]
    public async Task JoinOrganisation_WithARevokedCode_IsRefusedWithAReason()
    {
        var (acme, _) = await PartnerIdsAsync();
        var revoked = await factory.WithDatabaseAsync(async db =>
        {
            var code = new InvitationCode(acme, "test", DateTimeOffset.UtcNow, TimeSpan.FromDays(1), 5);
            code.Revoke(DateTimeOffset.UtcNow);
            db.InvitationCodes.Add(code);
            await db.SaveChangesAsync();
            return code.Code;
        });
        var support = await factory.SignInAsync("support@demo.local");

        var response = await PortalApplicationFactory.PostFormAsync(support, "/Account/JoinOrganisation", "join", new() { ["Input.Code"] = revoked });

        Assert.Contains("This invitation code has been revoked.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<(Guid Acme, Guid Globex)> PartnerIdsAsync() => factory.WithDatabaseAsync(async db =>
    {
        var ids = await db.Partners.ToDictionaryAsync(p => p.Name, p => p.Id);
        return (ids[DemoData.AcmeName], ids[DemoData.GlobexName]);
    });
}
