using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Onboarding;
using Portal.Domain.Support;
using Portal.Infrastructure.Jobs;

namespace Portal.Tests.Jobs;

/// <summary>The SLA and overdue-stage jobs against a real SQLite database, with a clock the test moves.</summary>
public sealed class RemindingAboutSlasAndStagesTests(JobsApplicationFactory factory) : IClassFixture<JobsApplicationFactory>
{
    [Fact]
    public async Task SlaReminders_NearingThenBreached_WarnTheAssigneeOnce_ThenTheSupportLead()
    {
        await factory.WaitForStartupWorkAsync();
        var acme = await PartnerOfAsync("dev@acme.demo.local");
        var assignee = await factory.UserIdAsync("admin@demo.local");
        var created = factory.Clock.GetUtcNow();
        var ticket = new Ticket(acme, await factory.UserIdAsync("dev@acme.demo.local"), "Webhook signature fails", null, "v2", null, [], created);
        ticket.Assign(assignee, created);
        await factory.WithDatabaseAsync(db => { db.Tickets.Add(ticket); return db.SaveChangesAsync(); });
        var link = $"/support/tickets/{ticket.Id}";
        var policy = factory.Services.GetRequiredService<SlaPolicy>();
        var hours = policy.TargetFor(TicketPriority.Normal).FirstResponseHours;
        var nearing = policy.AddBusinessHours(created, hours * 0.8);
        var due = policy.AddBusinessHours(created, hours);

        factory.Clock.SetTo(policy.AddBusinessHours(created, hours * 0.5));
        await RunSlaAsync();
        Assert.Empty(await factory.NotificationsAboutAsync(link));

        foreach (var at in new[] { nearing, nearing.AddMinutes(15), due })
        {
            factory.Clock.SetTo(at);
            await RunSlaAsync();
            await RunSlaAsync();
        }

        var warned = Assert.Single(await factory.NotificationsAboutAsync(link));
        Assert.Equal("admin@demo.local", warned.Email);
        Assert.Equal(SlaRemindersJob.NearingFirstResponseTitle, warned.Notification.Title);

        factory.Clock.SetTo(due.AddMinutes(1));
        await RunSlaAsync();
        factory.Clock.SetTo(due.AddHours(2));
        await RunSlaAsync();

        var breached = (await factory.NotificationsAboutAsync(link)).Where(n => n.Notification.Title == SlaRemindersJob.BreachedFirstResponseTitle).ToList();
        Assert.Contains(breached, n => n.Email == "support@demo.local");
        Assert.Equal(breached.Count, breached.Select(n => n.Email).Distinct().Count());
        Assert.DoesNotContain(await factory.NotificationsAboutAsync(link), n => n.Email == "dev@acme.demo.local");
    }

    [Fact]
    public async Task SlaReminders_UseTheTargetAnAdminSet_OverTheConfiguredOne()
    {
        await factory.WaitForStartupWorkAsync();
        var acme = await PartnerOfAsync("dev@acme.demo.local");
        var created = factory.Clock.GetUtcNow();
        var ticket = new Ticket(acme, await factory.UserIdAsync("dev@acme.demo.local"), "Low priority, short target", null, "v2", null, [], created);
        ticket.SetPriority(TicketPriority.Low, created);
        await factory.WithDatabaseAsync(db => { db.Tickets.Add(ticket); return db.SaveChangesAsync(); });
        var link = $"/support/tickets/{ticket.Id}";
        var policy = factory.Services.GetRequiredService<SlaPolicy>();
        factory.Clock.SetTo(policy.AddBusinessHours(created, 1).AddMinutes(1));

        await RunSlaAsync();
        Assert.Empty(await factory.NotificationsAboutAsync(link)); // 1 of the configured 16 hours

        await SetAsync(JobSettingKeys.SlaFirstResponseHours(TicketPriority.Low), "1");
        try
        {
            await RunSlaAsync();
            Assert.Contains(await factory.NotificationsAboutAsync(link), n => n.Notification.Title == SlaRemindersJob.BreachedFirstResponseTitle);
        }
        finally
        {
            await SetAsync(JobSettingKeys.SlaFirstResponseHours(TicketPriority.Low), "16");
        }
    }

    [Fact]
    public async Task OverdueStages_PartnerSideStage_TellsThatPartnersTechnicalLead_NeverAnotherPartner_ThenTheAccountOwner()
    {
        await factory.WaitForStartupWorkAsync();
        var acme = await PartnerOfAsync("dev@acme.demo.local");
        var globex = await PartnerOfAsync("dev@globex.demo.local");
        var accountOwner = await factory.UserIdAsync("manager@demo.local");
        var start = factory.Clock.GetUtcNow();
        var template = StageTemplate.Default();
        template.Rename("Overdue stages test");
        var acmeProject = new OnboardingProject(acme, "Acme overdue", template, start, start, "tester");
        var globexProject = new OnboardingProject(globex, "Globex overdue", template, start, start, "tester");
        await factory.WithDatabaseAsync(async db =>
        {
            // Globex's profile names an Acme address by mistake: it must not reach Acme's user.
            await SetProfileAsync(db, acme, "dev@acme.demo.local", accountOwner);
            await SetProfileAsync(db, globex, "dev@acme.demo.local", accountOwner);
            db.StageTemplates.Add(template);
            db.OnboardingProjects.AddRange(acmeProject, globexProject);
            return await db.SaveChangesAsync();
        });
        var stage = acmeProject.Stages.First(s => s.Side == StageSide.Partner);

        factory.Clock.SetTo(stage.PlannedEnd.AddDays(-1));
        await RunStagesAsync();
        Assert.Empty(await StageNoticesAsync(stage.EnglishName, acmeProject.Name));

        foreach (var day in new[] { 1, 2, 6 })
        {
            factory.Clock.SetTo(stage.PlannedEnd.AddDays(day));
            await RunStagesAsync();
            await RunStagesAsync();
        }

        var told = Assert.Single(await StageNoticesAsync(stage.EnglishName, acmeProject.Name));
        Assert.Equal("dev@acme.demo.local", told.Email);
        Assert.Equal(OverdueStagesJob.OwnerTitle, told.Notification.Title);
        Assert.Empty(await StageNoticesAsync(stage.EnglishName, globexProject.Name));
        Assert.Empty(await factory.NotificationsAboutAsync($"/onboarding/projects/{acmeProject.Id}"));

        factory.Clock.SetTo(stage.PlannedEnd.AddDays(7));
        await RunStagesAsync();
        await RunStagesAsync();

        var escalated = Assert.Single(await factory.NotificationsAboutAsync($"/onboarding/projects/{acmeProject.Id}"));
        Assert.Equal("manager@demo.local", escalated.Email);
        Assert.Equal(OverdueStagesJob.AccountOwnerTitle, escalated.Notification.Title);
        Assert.Equal("7", escalated.Notification.Arguments[2]);
    }

    private static async Task SetProfileAsync(Portal.Infrastructure.Persistence.PortalDbContext db, Guid partnerId, string technicalLead, string accountOwner)
    {
        var profile = await db.PartnerProfiles.SingleOrDefaultAsync(p => p.PartnerId == partnerId);
        if (profile is null)
        {
            profile = new PartnerProfile(partnerId);
            db.PartnerProfiles.Add(profile);
        }

        profile.SetTechnicalLead("Lead", technicalLead);
        profile.AssignAccountOwner(accountOwner);
    }

    private Task<Guid> PartnerOfAsync(string email) =>
        factory.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PartnerId!.Value).SingleAsync());

    private async Task<List<(string Email, Portal.Domain.Notifications.Notification Notification)>> StageNoticesAsync(string stage, string project) =>
        [.. (await factory.NotificationsAboutAsync("/my-onboarding")).Where(n => n.Notification.Arguments[0] == stage && n.Notification.Arguments[1] == project)];

    private async Task SetAsync(string key, string value)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobSettingsStore>().SetAsync(key, value);
    }

    private Task RunSlaAsync() => factory.RunAsync<SlaRemindersJob>(j => j.RunAsync(CancellationToken.None));

    private Task RunStagesAsync() => factory.RunAsync<OverdueStagesJob>(j => j.RunAsync(CancellationToken.None));
}
