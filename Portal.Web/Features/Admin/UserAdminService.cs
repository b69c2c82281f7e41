using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Domain;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Persistence;

namespace Portal.Web.Features.Admin;

public sealed record UserRow(
    string Id,
    string Email,
    string? DisplayName,
    Guid? PartnerId,
    string? PartnerName,
    IReadOnlyList<string> Roles,
    bool EmailConfirmed,
    bool TwoFactorEnabled,
    DateTimeOffset? LockedOutUntil);

/// <summary>Users, their roles and organisation. Admin only: every method is behind the Admin policy of its page.</summary>
public sealed class UserAdminService(PortalDbContextFactory contexts, UserManager<PortalUser> users, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var rolesByUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        var now = clock.GetUtcNow();
        var rows = await db.Users.OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.PartnerId, PartnerName = u.Partner == null ? null : u.Partner.Name, u.EmailConfirmed, u.TwoFactorEnabled, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        return rows.Select(u => new UserRow(
                u.Id, u.Email ?? "", u.DisplayName, u.PartnerId, u.PartnerName, [.. rolesByUser[u.Id].Order()],
                u.EmailConfirmed, u.TwoFactorEnabled, u.LockoutEnd > now ? u.LockoutEnd : null))
            .ToList();
    }

    /// <summary>Sets a user's single role and, for partners, their organisation.</summary>
    public async Task UpdateAsync(string userId, string role, Guid? partnerId, string actingUserId)
    {
        if (!Roles.All.Contains(role))
        {
            throw new DomainException("Choose one of the roles.");
        }

        if (role == Roles.Partner && partnerId is null)
        {
            throw new DomainException("A partner user must belong to a partner organisation.");
        }

        if (userId == actingUserId && role != Roles.Admin)
        {
            throw new DomainException("You cannot remove your own Admin role.");
        }

        var user = await users.FindByIdAsync(userId) ?? throw new DomainException("This user does not exist.");
        var current = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, current.Where(r => r != role)));
        if (!current.Contains(role))
        {
            Check(await users.AddToRoleAsync(user, role));
        }

        user.PartnerId = role == Roles.Partner ? partnerId : null;
        Check(await users.UpdateAsync(user));
        // Signs the user's other sessions out of the old role at their next revalidation.
        Check(await users.UpdateSecurityStampAsync(user));
    }

    public async Task SetLockedAsync(string userId, bool locked, string actingUserId)
    {
        if (userId == actingUserId)
        {
            throw new DomainException("You cannot lock your own account.");
        }

        var user = await users.FindByIdAsync(userId) ?? throw new DomainException("This user does not exist.");
        Check(await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null));
        if (!locked)
        {
            Check(await users.ResetAccessFailedCountAsync(user));
        }

        Check(await users.UpdateSecurityStampAsync(user));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
