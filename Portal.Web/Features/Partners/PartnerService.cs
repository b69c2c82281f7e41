using Microsoft.EntityFrameworkCore;
using Portal.Domain;
using Portal.Domain.Partners;
using Portal.Domain.Tenancy;
using Portal.Infrastructure.Persistence;

namespace Portal.Web.Features.Partners;

public sealed record PartnerSummary(Guid Id, string Name, DateTimeOffset CreatedAt, int Members);

public sealed record PartnerMember(string Id, string Email, string? DisplayName);

public sealed record InvitationView(Guid Id, string Code, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, int Uses, int MaxUses, InvitationStatus Status);

public sealed record PartnerDetails(Guid Id, string Name, DateTimeOffset CreatedAt, IReadOnlyList<PartnerMember> Members, IReadOnlyList<InvitationView> Invitations);

/// <summary>
/// Partner organisations, their members and invitation codes. Reads go through the tenant
/// filter, so a partner user asking for another organisation simply finds nothing.
/// </summary>
public sealed class PartnerService(PortalDbContextFactory contexts, ITenantContext tenant, TimeProvider clock)
{
    public static readonly TimeSpan DefaultInvitationValidity = TimeSpan.FromDays(14);


    public async Task<IReadOnlyList<PartnerSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Partners
            .OrderBy(p => p.Name)
            .Select(p => new PartnerSummary(p.Id, p.Name, p.CreatedAt, db.Users.Count(u => u.PartnerId == p.Id)))
            .ToListAsync(cancellationToken);
    }

    public async Task<PartnerDetails?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null)
        {
            return null;
        }

        var members = await db.Users.Where(u => u.PartnerId == id)
            .OrderBy(u => u.Email)
            .Select(u => new PartnerMember(u.Id, u.Email ?? "", u.DisplayName))
            .ToListAsync(cancellationToken);
        // Invitation codes are the bank's to hand out: partner users do not see them.
        if (!tenant.SeesAllPartners)
        {
            return new PartnerDetails(partner.Id, partner.Name, partner.CreatedAt, members, []);
        }

        var now = clock.GetUtcNow();
        var invitations = (await db.InvitationCodes.AsNoTracking().Where(c => c.PartnerId == id)
                .OrderByDescending(c => c.CreatedAt)
                .ToListAsync(cancellationToken))
            .Select(c => new InvitationView(c.Id, c.Code, c.CreatedAt, c.ExpiresAt, c.Uses, c.MaxUses, c.StatusAt(now)))
            .ToList();
        return new PartnerDetails(partner.Id, partner.Name, partner.CreatedAt, members, invitations);
    }

    public async Task<Guid> CreateAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var partner = new PartnerOrganisation(name, clock.GetUtcNow());
        if (await db.Partners.AnyAsync(p => p.Name == partner.Name, cancellationToken))
        {
            throw new DomainException("A partner organisation with this name already exists.");
        }

        db.Partners.Add(partner);
        await db.SaveChangesAsync(cancellationToken);
        return partner.Id;
    }

    public async Task RenameAsync(Guid id, string name, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new DomainException("This partner organisation does not exist.");
        partner.Rename(name);
        if (await db.Partners.AnyAsync(p => p.Id != id && p.Name == partner.Name, cancellationToken))
        {
            throw new DomainException("A partner organisation with this name already exists.");
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<string> CreateInvitationAsync(Guid partnerId, string createdByUserId, int maxUses, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId, cancellationToken))
        {
            throw new DomainException("This partner organisation does not exist.");
        }

        var code = new InvitationCode(partnerId, createdByUserId, clock.GetUtcNow(), DefaultInvitationValidity, maxUses);
        db.InvitationCodes.Add(code);
        await db.SaveChangesAsync(cancellationToken);
        return code.Code;
    }

    public async Task RevokeInvitationAsync(Guid invitationId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var code = await db.InvitationCodes.FirstOrDefaultAsync(c => c.Id == invitationId, cancellationToken)
            ?? throw new DomainException("This invitation code does not exist.");
        code.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
