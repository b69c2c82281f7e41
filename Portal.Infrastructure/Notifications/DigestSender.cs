using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Domain.Notifications;
using Portal.Infrastructure.Email;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Notifications;

/// <summary>
/// Sends a weekly digest to one person: an entry in their notification centre and, unless they chose
/// in-app only, an e-mail listing the items, both committed together under one de-duplication key, so a
/// retried job never sends the same week's digest twice.
/// </summary>
public sealed class DigestSender(PortalDbContextFactory contexts, INoticeLocalizer localizer, NotificationHub hub, IOptions<EmailOptions> email, TimeProvider clock)
{
    public INoticeLocalizer Localizer => localizer;

    /// <returns>False when this digest was already sent.</returns>
    public async Task<bool> SendAsync(
        string userId,
        string title,
        IReadOnlyList<string> titleArguments,
        string link,
        Func<string, IReadOnlyList<MailListItem>> itemsInCulture,
        string dedupKey,
        CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateSystemDbContext();
        if (await db.Notifications.AnyAsync(n => n.UserId == userId && n.DedupKey == dedupKey, cancellationToken))
        {
            return false;
        }

        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.DisplayName }).SingleAsync(cancellationToken);
        var preference = await db.NotificationPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        var culture = preference?.Culture ?? NotificationPreference.DefaultCulture;
        var now = clock.GetUtcNow();
        var notification = new Notification(userId, NoticeTopics.Digest, title, link, titleArguments, dedupKey, now);
        db.Notifications.Add(notification);
        if (preference?.Delivery != NotificationDelivery.InAppOnly && !string.IsNullOrEmpty(user.Email))
        {
            var subject = NotificationMail.Text(localizer, culture, title, titleArguments);
            var html = NotificationMail.List(localizer, culture, NotificationMail.DigestIntro, [user.DisplayName ?? user.Email], itemsInCulture(culture), email.Value.PortalBaseUrl);
            db.OutboxMails.Add(new OutboxMail(user.Email, subject, html, now));
            notification.Emailed(now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return false;
        }

        hub.Publish(userId);
        return true;
    }
}
