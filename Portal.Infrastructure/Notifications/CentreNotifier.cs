using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Domain.Notifications;
using Portal.Infrastructure.Email;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Notifications;

/// <summary>
/// Puts a notice in the recipient's notification centre and, as their preferences say, queues an e-mail
/// in their language (now, or in the next digest). A notice with a de-duplication key the recipient
/// already had is dropped; the unique index makes that hold even when two jobs race.
/// </summary>
public sealed class CentreNotifier(
    PortalDbContextFactory contexts,
    NotificationHub hub,
    INoticeLocalizer localizer,
    IBackgroundJobClient jobs,
    IOptions<EmailOptions> email,
    TimeProvider clock) : INotifier
{
    public async Task NotifyAsync(Notice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        await using var db = contexts.CreateSystemDbContext();
        var user = await db.Users.AsNoTracking().Where(u => u.Id == notice.UserId)
            .Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return;
        }

        if (notice.DedupKey is not null && await db.Notifications.AnyAsync(n => n.UserId == notice.UserId && n.DedupKey == notice.DedupKey, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var notification = new Notification(notice.UserId, notice.Topic, notice.Title, notice.Link, notice.Arguments, notice.DedupKey, now);
        db.Notifications.Add(notification);
        var preference = await db.NotificationPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == notice.UserId, cancellationToken)
            ?? new NotificationPreference(notice.UserId, now);
        var mailed = false;
        if (!string.IsNullOrEmpty(user.Email))
        {
            switch (preference.Delivery)
            {
                case NotificationDelivery.EmailImmediately:
                    var (subject, html) = NotificationMail.OneNotice(localizer, preference.Culture, user.DisplayName ?? user.Email, notification, email.Value.PortalBaseUrl);
                    db.OutboxMails.Add(new OutboxMail(user.Email, subject, html, now));
                    notification.Emailed(now);
                    mailed = true;
                    break;
                case NotificationDelivery.EmailDigest:
                    notification.QueueForDigest();
                    break;
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (notice.DedupKey is not null)
        {
            // Another run delivered the same notice between our check and our insert.
            return;
        }

        hub.Publish(notice.UserId);
        if (mailed)
        {
            jobs.Enqueue<MailOutboxJob>(job => job.RunAsync(CancellationToken.None));
        }
    }
}
