using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Domain;
using Portal.Domain.Partners;
using Portal.Infrastructure.Identity;

namespace Portal.Infrastructure.Persistence;

/// <summary>
/// The demo accounts and organisations of the default set-up. Documentation and checks rely on
/// these exact names; seeding is idempotent, so it runs at every start.
/// </summary>
public sealed class DemoData(PortalDbContextFactory contexts, UserManager<PortalUser> users, TimeProvider clock)
{
    public const string Password = "Portal!Demo2026";
    public const string AcmeName = "Acme Payments";
    public const string GlobexName = "Globex ERP";

    /// <summary>Invitation codes a person trying the demo can use to join an organisation.</summary>
    public const string AcmeInvitationCode = "ACMEDEMO2026";
    public const string GlobexInvitationCode = "GLOBEXDEMO2026";

    public static readonly IReadOnlyList<(string Email, string Name, string Role, string? Partner)> Accounts =
    [
        ("admin@demo.local", "Ada Admin", Roles.Admin, null),
        ("support@demo.local", "Sam Support", Roles.Support, null),
        ("manager@demo.local", "Mia Manager", Roles.Manager, null),
        ("dev@acme.demo.local", "Dana Developer (Acme)", Roles.Partner, AcmeName),
        ("dev@globex.demo.local", "Gus Developer (Globex)", Roles.Partner, GlobexName),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using (var db = contexts.CreateSystemDbContext())
        {
            foreach (var (name, code) in new[] { (AcmeName, AcmeInvitationCode), (GlobexName, GlobexInvitationCode) })
            {
                var partner = await db.Partners.FirstOrDefaultAsync(p => p.Name == name, cancellationToken);
                if (partner is null)
                {
                    partner = new PartnerOrganisation(name, now);
                    db.Partners.Add(partner);
                }

                if (!await db.InvitationCodes.AnyAsync(c => c.Code == code, cancellationToken))
                {
                    db.InvitationCodes.Add(new InvitationCode(partner.Id, "demo", now, TimeSpan.FromDays(3650), maxUses: 1000, code));
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        foreach (var account in Accounts)
        {
            if (await users.FindByEmailAsync(account.Email) is not null)
            {
                continue;
            }

            Guid? partnerId = null;
            if (account.Partner is not null)
            {
                await using var db = contexts.CreateSystemDbContext();
                partnerId = await db.Partners.Where(p => p.Name == account.Partner).Select(p => (Guid?)p.Id).SingleAsync(cancellationToken);
            }

            var user = new PortalUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.Name,
                PartnerId = partnerId,
                CreatedAt = now,
            };
            Check(await users.CreateAsync(user, Password), account.Email);
            Check(await users.AddToRoleAsync(user, account.Role), account.Email);
        }
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not seed demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
