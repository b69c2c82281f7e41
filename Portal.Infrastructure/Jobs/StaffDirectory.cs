using Microsoft.EntityFrameworkCore;
using Portal.Domain;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Jobs;

public sealed record StaffMember(string Id, string Email, string Name);

/// <summary>
/// Finds the bank-side people a reminder is for. A page owner is an e-mail address (that user, if they are
/// staff) or a staff role name (everyone in it). The portal keeps no org chart, so "the owner's manager" is
/// every user in the Manager role; a bank with several managers would add a manager field to users here.
/// Partner users are never returned: reminders about the bank's own duties stay inside the bank.
/// </summary>
public static class StaffDirectory
{
    public static async Task<IReadOnlyList<StaffMember>> OwnersAsync(PortalDbContext db, string? owner, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(owner))
        {
            return [];
        }

        if (!owner.Contains('@', StringComparison.Ordinal))
        {
            return Roles.Staff.Contains(owner) ? await InRolesAsync(db, [owner], cancellationToken) : [];
        }

        var normalized = owner.Trim().ToUpperInvariant();
        var staff = await StaffAsync(db, cancellationToken);
        return [.. staff.Where(s => s.Email.Equals(normalized, StringComparison.OrdinalIgnoreCase))];
    }

    public static Task<IReadOnlyList<StaffMember>> ManagersAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        InRolesAsync(db, [Roles.Manager], cancellationToken);

    public static Task<IReadOnlyList<StaffMember>> StaffAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        InRolesAsync(db, Roles.Staff, cancellationToken);

    public static async Task<IReadOnlyList<StaffMember>> InRolesAsync(PortalDbContext db, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var members = await (from u in db.Users.AsNoTracking()
                             join ur in db.UserRoles on u.Id equals ur.UserId
                             join r in db.Roles on ur.RoleId equals r.Id
                             where roles.Contains(r.Name!) && u.Email != null && u.PartnerId == null
                             select new { u.Id, u.Email, u.DisplayName })
            .Distinct().ToListAsync(cancellationToken);
        return [.. members.OrderBy(m => m.Email, StringComparer.Ordinal).Select(m => new StaffMember(m.Id, m.Email!, m.DisplayName ?? m.Email!))];
    }
}
