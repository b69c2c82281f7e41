using Microsoft.EntityFrameworkCore;
using Portal.Domain.Notifications;
using Portal.Infrastructure.Notifications;

namespace Portal.Tests.Jobs;

/// <summary>
/// Notifications by e-mail through SMTP that fails: the mail waits in the outbox with its error, is tried
/// again later with growing pauses, and leaves once the server answers.
/// </summary>
public sealed class SendingMailThroughTheOutboxTests : IClassFixture<SendingMailThroughTheOutboxTests.SmtpFactory>
{
    private readonly SmtpFactory _factory;

    public SendingMailThroughTheOutboxTests(SmtpFactory factory) => _factory = factory;

    public sealed class SmtpFactory : JobsApplicationFactory
    {
        public SmtpFactory()
        {
            Settings["Email:Transport"] = "Smtp";
            Settings["Email:SmtpHost"] = "127.0.0.1";
            Settings["Email:SmtpPort"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public int Port { get; } = SmtpTestServer.FreePort();
    }

    [Fact]
    public async Task Outbox_SmtpServerDown_KeepsTheMailQueued_AndSendsItWhenTheServerIsBack()
    {
        var manager = await _factory.UserIdAsync("manager@demo.local");
        await NotifyAsync(new Notice(manager, NoticeTopics.Digest, "Doc reviews", "/docs-reviews", DedupKey: "outbox-test"));

        await _factory.RunAsync<MailOutboxJob>(job => job.RunAsync(CancellationToken.None));

        var queued = await MailToAsync("manager@demo.local");
        Assert.False(queued.IsSent);
        Assert.True(queued.Attempts >= 1);
        Assert.NotNull(queued.LastError);
        Assert.True(queued.NextAttemptAt > _factory.Clock.GetUtcNow());
        var failedRun = await _factory.WithDatabaseAsync(db => db.JobRuns.Where(r => r.Job == "mail-outbox" && r.Error != null).FirstOrDefaultAsync());
        Assert.NotNull(failedRun);

        // Still down an hour later: tried again, still queued, and the pause grows.
        _factory.Clock.Advance(TimeSpan.FromHours(1));
        await _factory.RunAsync<MailOutboxJob>(job => job.RunAsync(CancellationToken.None));
        var retried = await MailToAsync("manager@demo.local");
        Assert.False(retried.IsSent);
        Assert.True(retried.Attempts > queued.Attempts);

        await using var server = new SmtpTestServer(_factory.Port);
        _factory.Clock.Advance(OutboxMail.MaxBackOff);
        await _factory.RunAsync<MailOutboxJob>(job => job.RunAsync(CancellationToken.None));

        var sent = await MailToAsync("manager@demo.local");
        Assert.True(sent.IsSent);
        Assert.Contains(server.Messages, m => m.Contains("manager@demo.local", StringComparison.Ordinal) && m.Contains("Subject: Doc reviews", StringComparison.Ordinal));

        // Sent means sent: the next run does not send it again.
        var count = server.Messages.Count;
        _factory.Clock.Advance(OutboxMail.MaxBackOff);
        await _factory.RunAsync<MailOutboxJob>(job => job.RunAsync(CancellationToken.None));
        Assert.Equal(count, server.Messages.Count);
    }

    [Fact]
    public void BackOff_GrowsAndIsCapped()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), OutboxMail.BackOff(1));
        Assert.Equal(TimeSpan.FromMinutes(8), OutboxMail.BackOff(4));
        Assert.Equal(OutboxMail.MaxBackOff, OutboxMail.BackOff(12));
        Assert.Equal(OutboxMail.MaxBackOff, OutboxMail.BackOff(1000));
    }

    private async Task NotifyAsync(Notice notice) =>
        await _factory.RunAsync<INotifier>(notifier => notifier.NotifyAsync(notice));

    private Task<OutboxMail> MailToAsync(string address) =>
        _factory.WithDatabaseAsync(db => db.OutboxMails.AsNoTracking().SingleAsync(m => m.To == address));
}
