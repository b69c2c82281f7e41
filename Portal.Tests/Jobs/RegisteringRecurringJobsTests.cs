using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain;
using Portal.Infrastructure.Jobs;
using Portal.Tests.Infrastructure;
using Portal.Web.Features.Jobs;

namespace Portal.Tests.Jobs;

/// <summary>The recurring jobs exist from the start with the schedules the admin settings hold, and follow a change at once.</summary>
public sealed class RegisteringRecurringJobsTests(PortalApplicationFactory factory) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task Startup_RegistersEveryRecurringJob_WithItsConfiguredSchedule()
    {
        await factory.WaitForStartupWorkAsync();

        var registered = RecurringJobsById();
        Assert.Contains(RecurringJobs.All, j => j.Id == RecurringJobs.SlaReminders && j.ScheduleKey == JobSettingKeys.SlaRemindersSchedule);
        Assert.Contains(RecurringJobs.All, j => j.Id == RecurringJobs.OverdueStages && j.ScheduleKey == JobSettingKeys.OverdueStagesSchedule);

        foreach (var job in RecurringJobs.All)
        {
            Assert.True(registered.ContainsKey(job.Id), $"{job.Id} is not registered");
            Assert.Equal(JobSettingKeys.Find(job.ScheduleKey).Default, registered[job.Id].Cron);
        }
    }

    [Fact]
    public async Task SavingASchedule_ReRegistersTheJob_AndABadOneIsRefused()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<JobsAdminService>();

        await admin.SaveSettingsAsync(new Dictionary<string, string> { [JobSettingKeys.StaleDocsSchedule] = "15 5 * * 1-5" });
        var error = await Assert.ThrowsAsync<DomainException>(() => admin.SaveSettingsAsync(new Dictionary<string, string> { [JobSettingKeys.StaleDocsSchedule] = "every morning" }));

        Assert.Equal("15 5 * * 1-5", RecurringJobsById()[RecurringJobs.StaleDocs].Cron);
        Assert.Contains("cron", error.Message, StringComparison.Ordinal);
        Assert.Equal("15 5 * * 1-5", (await admin.SettingsAsync()).Single(s => s.Key == JobSettingKeys.StaleDocsSchedule).Value);
    }

    private Dictionary<string, RecurringJobDto> RecurringJobsById()
    {
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().ToDictionary(j => j.Id);
    }
}
