using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Domain;
using Portal.Domain.Partners;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Persistence;

namespace Portal.Web.Features.Partners;

/// <summary>
/// Attaches a self-registered user to the organisation of an invitation code. Used by the static
/// Identity pages, per request; works in UserManager's own context so the user object the page
/// holds (and the cookie it issues next) sees the change.
/// </summary>
public sealed class InvitationRedemption(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock)
{
    private const string InvalidCode = "This invitation code is not valid. Check it with the person who gave it to you.";

    /// <summary>Why a typed code cannot be used, or null when it can. Changes nothing.</summary>
    public async Task<string?> CheckAsync(string typedCode, CancellationToken cancellationToken = default)
    {
        try
        {
            (await FindAsync(typedCode, cancellationToken)).Redeem(clock.GetUtcNow());
            return null;
        }
        catch (DomainException e)
        {
            return e.Message;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <returns>The organisation joined.</returns>
    public async Task<Guid> RedeemAsync(PortalUser user, string typedCode, CancellationToken cancellationToken = default)
    {
        var code = await FindAsync(typedCode, cancellationToken);
        if (user.PartnerId == code.PartnerId)
        {
            return code.PartnerId;
        }

        code.Redeem(clock.GetUtcNow());
        var roles = await users.GetRolesAsync(user);
        if (roles.Any(Roles.Staff.Contains))
        {
            throw new DomainException("Bank staff accounts cannot join a partner organisation.");
        }

        if (user.PartnerId is not null)
        {
            throw new DomainException("Your account already belongs to another partner organisation. Ask the bank to move it.");
        }

        user.PartnerId = code.PartnerId;
        // Saves the user, the role and the code's use count together: one SaveChanges on the shared context.
        var result = roles.Contains(Roles.Partner) ? await users.UpdateAsync(user) : await users.AddToRoleAsync(user, Roles.Partner);
        if (!result.Succeeded)
        {
            throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        return code.PartnerId;
    }

    // The person redeeming is not in the organisation yet, so the tenant filter is lifted here, for this one lookup.
    private async Task<InvitationCode> FindAsync(string typedCode, CancellationToken cancellationToken) =>
        await db.InvitationCodes.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.Code == InvitationCode.Normalize(typedCode), cancellationToken)
        ?? throw new DomainException(InvalidCode);
}
