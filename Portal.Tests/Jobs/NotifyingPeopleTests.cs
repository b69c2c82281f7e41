using Microsoft.EntityFrameworkCore;
using Portal.Domain.Notifications;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Notifications;

namespace Portal.Tests.Jobs;

/// <summary>The notifier over a real database: de-duplication, the three preferences, and the recipient's language.</summary>
public sealed class NotifyingPeopleTests(JobsApplicationFactory factory) : IClassFixture<JobsApplicationFactory>
{
    [Fact]
    public async Task Notify_SameDedupKeyTwice_OneNotificationAndOneMail()
    {
        var admin = await factory.UserIdAsync("admin@demo.local");
        var notice = new Notice(admin, NoticeTopics.DocStale, StaleDocsJob.OwnerTitle, "/docs/v2/dedup", ["Dedup", "v2", "2026-06-19"], "dedup-test");

        await NotifyAsync(notice);
        await NotifyAsync(notice);

        Assert.Single(await factory.NotificationsAboutAsync("/docs/v2/dedup"));
        Assert.Single(await MailsAsync("admin@demo.local", "Dedup"));
    }

    [Fact]
    public async Task Notify_RecipientPrefersChinese_WritesTheMailInChinese()
    {
        var client = await factory.SignInAsync("manager@demo.local");
        await client.GetAsync("/culture/set?culture=zh-CN&redirectUri=/");
        var manager = await factory.UserIdAsync("manager@demo.local");

        await NotifyAsync(new Notice(manager, NoticeTopics.DocStale, StaleDocsJob.OwnerTitle, "/docs/v2/chinese", ["Chinese", "v2", "2026-06-19"]));

        var mail = Assert.Single(await MailsAsync("manager@demo.local", "Chinese"));
        Assert.Equal("请审阅“Chinese”（v2）：其审阅已于 2026-06-19 到期", mail.Subject);
        Assert.Contains("在门户中打开", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("http://localhost:5000/docs/v2/chinese", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notify_InAppOnly_SendsNoMail_AndDigestCollectsTheDay()
    {
        var support = await factory.UserIdAsync("support@demo.local");
        await SetDeliveryAsync(support, NotificationDelivery.InAppOnly);
        await NotifyAsync(new Notice(support, NoticeTopics.DocStale, StaleDocsJob.OwnerTitle, "/docs/v2/in-app", ["InApp", "v2", "2026-06-19"]));
        Assert.Single(await factory.NotificationsAboutAsync("/docs/v2/in-app"));
        Assert.Empty(await MailsAsync("support@demo.local", "InApp"));

        await SetDeliveryAsync(support, NotificationDelivery.EmailDigest);
        await NotifyAsync(new Notice(support, NoticeTopics.DocStale, StaleDocsJob.OwnerTitle, "/docs/v2/digest-a", ["DigestA", "v2", "2026-06-19"]));
        await NotifyAsync(new Notice(support, NoticeTopics.DocStale, StaleDocsJob.OwnerTitle, "/docs/v2/digest-b", ["DigestB", "v2", "2026-06-19"]));
        Assert.Empty(await MailsAsync("support@demo.local", "DigestA"));

        await factory.RunAsync<NotificationDigestJob>(job => job.RunAsync(CancellationToken.None));
        await factory.RunAsync<NotificationDigestJob>(job => job.RunAsync(CancellationToken.None));

        var digest = Assert.Single(await MailsAsync("support@demo.local", "DigestA"));
        Assert.Equal("Your Open API Portal digest: 2 notification(s)", digest.Subject);
        Assert.Contains("DigestB", digest.HtmlBody, StringComparison.Ordinal);
    }

    private Task NotifyAsync(Notice notice) => factory.RunAsync<INotifier>(notifier => notifier.NotifyAsync(notice));

    private Task<List<OutboxMail>> MailsAsync(string to, string containing) =>
        factory.WithDatabaseAsync(db => db.OutboxMails.AsNoTracking().Where(m => m.To == to && m.HtmlBody.Contains(containing)).ToListAsync());

    private Task<int> SetDeliveryAsync(string userId, NotificationDelivery delivery) =>
        factory.WithDatabaseAsync(async db =>
        {
            var preference = await db.NotificationPreferences.SingleOrDefaultAsync(p => p.UserId == userId);
            if (preference is null)
            {
                preference = new NotificationPreference(userId, factory.Clock.GetUtcNow());
                db.NotificationPreferences.Add(preference);
            }

            preference.Change(delivery, preference.Culture, factory.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
}
