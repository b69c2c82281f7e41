using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Infrastructure.Email;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Notifications;

/// <summary>
/// Sends the queued e-mails whose time has come, one at a time, marking each sent as it leaves. A failure
/// keeps the mail queued with its error and the next attempt backed off (1, 2, 4 … minutes, at most 6 hours).
/// </summary>
public sealed class MailOutboxJob(PortalDbContextFactory contexts, IMailTransport transport, IOptions<EmailOptions> options, JobRunner runner, TimeProvider clock, ILogger<MailOutboxJob> logger)
{
    private const int BatchSize = 200;

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public Task RunAsync(CancellationToken cancellationToken) =>
        runner.RunAsync(RecurringJobs.MailOutbox, SendDueAsync, cancellationToken);

    public async Task<JobResult> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateSystemDbContext();
        var now = clock.GetUtcNow();
        var due = await db.OutboxMails.Where(m => m.NextAttemptAt != null && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).Take(BatchSize).ToListAsync(cancellationToken);
        var sent = 0;
        var failed = 0;
        string? lastError = null;
        foreach (var mail in due)
        {
            var message = new MimeMessage { Subject = mail.Subject, Body = new BodyBuilder { HtmlBody = mail.HtmlBody }.ToMessageBody() };
            message.From.Add(new MailboxAddress(options.Value.FromName, options.Value.FromAddress));
            message.To.Add(MailboxAddress.Parse(mail.To));
            try
            {
                await transport.SendAsync(message, cancellationToken);
                mail.Sent(clock.GetUtcNow());
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Mail {Id} to {To} failed (attempt {Attempt}); it stays queued.", mail.Id, mail.To, mail.Attempts + 1);
                mail.Failed($"{ex.GetType().Name}: {ex.Message}", clock.GetUtcNow());
                failed++;
                lastError = ex.Message;
            }

            await db.SaveChangesAsync(CancellationToken.None);
        }

        return new JobResult(sent, failed == 0 ? null : $"{failed} e-mail(s) failed and stay queued for a later attempt. Last error: {lastError}");
    }
}
