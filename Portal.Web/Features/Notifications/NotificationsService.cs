using Microsoft.EntityFrameworkCore;
using Portal.Domain.Notifications;
using Portal.Infrastructure.Notifications;
using Portal.Infrastructure.Persistence;
using Portal.Web.Security;

namespace Portal.Web.Features.Notifications;

public sealed record NotificationView(Guid Id, string Topic, string Title, IReadOnlyList<string> Arguments, string Link, DateTimeOffset CreatedAt, bool IsRead);

/// <summary>The signed-in user's own notifications and preferences; nobody reads or changes another person's.</summary>
public sealed class NotificationsService(PortalDbContextFactory contexts, CurrentUser user, NotificationHub hub, TimeProvider clock)
{
    public const int PageSize = 100;

    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } userId)
        {
            return 0;
        }

        await using var db = contexts.CreateSystemDbContext();
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);
    }

    public async Task<IReadOnlyList<NotificationView>> ListAsync(bool unreadOnly, CancellationToken cancellationToken = default)
    {
        var userId = RequireUser();
        await using var db = contexts.CreateSystemDbContext();
        var list = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId && (!unreadOnly || n.ReadAt == null))
            .OrderByDescending(n => n.CreatedAt).Take(PageSize).ToListAsync(cancellationToken);
        return [.. list.Select(n => new NotificationView(n.Id, n.Topic, n.Title, n.Arguments, n.Link, n.CreatedAt, n.IsRead))];
    }

    /// <returns>The link to open, or null when the notification is not the user's.</returns>
    public async Task<string?> OpenAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var userId = RequireUser();
        await using var db = contexts.CreateSystemDbContext();
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, cancellationToken);
        if (notification is null)
        {
            return null;
        }

        if (!notification.IsRead)
        {
            notification.MarkRead(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            hub.Publish(userId);
        }

        return notification.Link;
    }

    public async Task<int> MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        var userId = RequireUser();
        await using var db = contexts.CreateSystemDbContext();
        var now = clock.GetUtcNow();
        var unread = await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null).ToListAsync(cancellationToken);
        unread.ForEach(n => n.MarkRead(now));
        await db.SaveChangesAsync(cancellationToken);
        hub.Publish(userId);
        return unread.Count;
    }

    public async Task<(NotificationDelivery Delivery, string Culture)> PreferenceAsync(CancellationToken cancellationToken = default)
    {
        var userId = RequireUser();
        await using var db = contexts.CreateSystemDbContext();
        var preference = await db.NotificationPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken)
            ?? new NotificationPreference(userId, clock.GetUtcNow());
        return (preference.Delivery, preference.Culture);
    }

    public Task SavePreferenceAsync(NotificationDelivery delivery, string culture, CancellationToken cancellationToken = default) =>
        ChangePreferenceAsync(p => p.Change(delivery, culture, clock.GetUtcNow()), cancellationToken);

    /// <summary>The language the person chose in the app bar becomes the language of their e-mails.</summary>
    public Task RememberCultureAsync(string culture, CancellationToken cancellationToken = default) =>
        user.UserId is null || !NotificationPreference.Cultures.Contains(culture)
            ? Task.CompletedTask
            : ChangePreferenceAsync(p => p.ChangeCulture(culture, clock.GetUtcNow()), cancellationToken);

    private async Task ChangePreferenceAsync(Action<NotificationPreference> change, CancellationToken cancellationToken)
    {
        var userId = RequireUser();
        await using var db = contexts.CreateSystemDbContext();
        var preference = await db.NotificationPreferences.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (preference is null)
        {
            preference = new NotificationPreference(userId, clock.GetUtcNow());
            db.NotificationPreferences.Add(preference);
        }

        change(preference);
        await db.SaveChangesAsync(cancellationToken);
    }

    private string RequireUser() => user.UserId ?? throw new InvalidOperationException("Notifications belong to a signed-in user.");
}
