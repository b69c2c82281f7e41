using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Domain.Notifications;
using Portal.Infrastructure.Email;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Notifications;

/// <summary>One e-mail per person who chose the digest, listing the notifications that came since their last one.</summary>
public sealed class NotificationDigestJob(PortalDbContextFactory contexts, INoticeLocalizer localizer, IOptions<EmailOptions> email, JobRunner runner, TimeProvider clock)
{
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [60, 300, 900, 3600, 7200])]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RunAsync(CancellationToken cancellationToken) =>
        runner.RunAsync(RecurringJobs.NotificationDigest, SendAsync, cancellationToken);

    private async Task<JobResult> SendAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateSystemDbContext();
        var userIds = await db.Notifications.Where(n => n.InDigest).Select(n => n.UserId).Distinct().ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var userId in userIds)
        {
            var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.DisplayName }).SingleAsync(cancellationToken);
            var culture = await db.NotificationPreferences.Where(p => p.UserId == userId).Select(p => p.Culture).SingleOrDefaultAsync(cancellationToken)
                ?? NotificationPreference.DefaultCulture;
            var pending = await db.Notifications.Where(n => n.UserId == userId && n.InDigest).OrderBy(n => n.CreatedAt).ToListAsync(cancellationToken);
            var (subject, html) = NotificationMail.Digest(localizer, culture, user.DisplayName ?? user.Email ?? "", pending, email.Value.PortalBaseUrl);
            db.OutboxMails.Add(new OutboxMail(user.Email!, subject, html, now));
            pending.ForEach(n => n.Emailed(now));

            // The mail and the marks commit together: a retry after a crash neither loses nor repeats a digest.
            await db.SaveChangesAsync(cancellationToken);
        }

        return new JobResult(userIds.Count);
    }
}
