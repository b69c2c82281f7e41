using Microsoft.EntityFrameworkCore;
using Portal.Domain.Onboarding;
using Portal.Domain.Tenancy;
using Portal.Infrastructure.Persistence;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>Onboarding through the real migrations and SQLite: what is saved comes back the same, and partners stay apart.</summary>
public sealed class OnboardingPersistenceTests(PortalApplicationFactory factory) : IClassFixture<PortalApplicationFactory>
{
    private sealed record Tenant(Guid? PartnerId, bool SeesAllPartners) : ITenantContext;

    [Fact]
    public async Task Project_SavedAndReloaded_KeepsStageOrderChecklistEventsAndStatus()
    {
        var acme = await PartnerIdAsync(DemoData.AcmeName);
        var start = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var template = StageTemplate.Default();
        template.Rename("Round trip template");
        var project = new OnboardingProject(acme, "Round trip", template, start, start, "tester");
        var development = project.Stages.Single(s => s.EnglishName == "Development");
        project.MoveStage(development.Id, 0);
        development.Start(start.AddHours(1), "tester");
        development.TickItem(development.Checklist[1].Id, StageSide.Partner, "dev", start.AddHours(2));
        development.Block("Waiting for test data", start.AddHours(3), "tester");
        await factory.WithDatabaseAsync(async db =>
        {
            db.StageTemplates.Add(template);
            db.OnboardingProjects.Add(project);
            return await db.SaveChangesAsync();
        });

        var loaded = await factory.WithDatabaseAsync(db => db.OnboardingProjects
            .Include(p => p.Stages).ThenInclude(s => s.Checklist)
            .Include(p => p.Events)
            .AsSplitQuery()
            .SingleAsync(p => p.Id == project.Id));

        Assert.Equal(project.Stages.Select(s => s.EnglishName), loaded.Stages.Select(s => s.EnglishName));
        Assert.Equal("Development", loaded.Stages[0].EnglishName);
        Assert.Equal("开发", loaded.Stages[0].ChineseName);
        var stage = loaded.Stages[0];
        Assert.Equal(StageStatus.Blocked, stage.Status);
        Assert.Equal("Waiting for test data", stage.BlockedReason);
        Assert.Equal(start.AddHours(1), stage.ActualStart);
        Assert.Equal(development.Checklist.Select(c => c.Text), stage.Checklist.Select(c => c.Text));
        Assert.True(stage.Checklist[1].IsDone);
        Assert.Equal("v2/consents", stage.Checklist[1].DocPath);
        Assert.Equal(
            [StageEventKind.Started, StageEventKind.ItemTicked, StageEventKind.Blocked],
            loaded.Events.Select(e => e.Kind));
        Assert.Equal(3, loaded.LastEventSequence);
        Assert.Equal(project.GoLiveStage!.Id, loaded.GoLiveStage!.Id);
    }

    [Fact]
    public async Task StageChange_OnAReloadedProject_AddsItsEventAndSurvivesAnotherReload()
    {
        var acme = await PartnerIdAsync(DemoData.AcmeName);
        var start = new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);
        var project = new OnboardingProject(acme, "Changed later", StageTemplate.Default(), start, start, "tester");
        await factory.WithDatabaseAsync(async db =>
        {
            db.OnboardingProjects.Add(project);
            db.Entry(project).Property(p => p.TemplateId).CurrentValue = null;
            return await db.SaveChangesAsync();
        });

        await factory.WithDatabaseAsync(async db =>
        {
            var tracked = await db.OnboardingProjects.Include(p => p.Stages).ThenInclude(s => s.Checklist).SingleAsync(p => p.Id == project.Id);
            var first = tracked.Stages[0];
            first.Start(start, "tester");
            first.TickItem(first.Checklist[0].Id, StageSide.Partner, "dev", start.AddHours(1));
            first.Complete(start.AddDays(2), "tester");
            return await db.SaveChangesAsync();
        });

        var loaded = await factory.WithDatabaseAsync(db => db.OnboardingProjects
            .Include(p => p.Stages).ThenInclude(s => s.Checklist).Include(p => p.Events)
            .SingleAsync(p => p.Id == project.Id));
        Assert.Equal(StageStatus.Done, loaded.Stages[0].Status);
        Assert.Equal(start.AddDays(2), loaded.Stages[0].ActualEnd);
        Assert.Equal("dev", loaded.Stages[0].Checklist[0].DoneBy);
        Assert.Equal(3, loaded.Events.Count);
    }

    [Fact]
    public async Task Profile_AndDefect_RoundTrip()
    {
        var globex = await PartnerIdAsync(DemoData.GlobexName);
        var found = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
        var defect = new PostLaunchDefect(globex, DefectSeverity.P2, found, "Webhook retries", apiName: "Webhooks", docPath: "v2/webhooks");
        defect.Resolve(found.AddDays(2));
        await factory.WithDatabaseAsync(async db =>
        {
            var profile = await db.PartnerProfiles.SingleAsync(p => p.PartnerId == globex);
            profile.SetIntegration("v2", ["Accounts", "Payments", "Accounts"]);
            profile.SetChannel(IntegrationChannel.SaasPlatform, "LedgerCloud");
            db.PostLaunchDefects.Add(defect);
            return await db.SaveChangesAsync();
        });

        var (reloaded, loadedDefect) = await factory.WithDatabaseAsync(async db =>
            (await db.PartnerProfiles.SingleAsync(p => p.PartnerId == globex), await db.PostLaunchDefects.SingleAsync(d => d.Id == defect.Id)));

        Assert.Equal(["Accounts", "Payments"], reloaded.Apis);
        Assert.Equal(IntegrationChannel.SaasPlatform, reloaded.Channel);
        Assert.Equal("LedgerCloud", reloaded.PlatformName);
        Assert.Equal(DefectSeverity.P2, loadedDefect.Severity);
        Assert.Equal(found.AddDays(2), loadedDefect.ResolvedAt);
        Assert.Equal("v2/webhooks", loadedDefect.DocPath);
    }

    [Fact]
    public async Task PartnerContext_SeesOnlyItsOwnProjectsStagesProfilesAndDefects()
    {
        var acme = await PartnerIdAsync(DemoData.AcmeName);
        var globex = await PartnerIdAsync(DemoData.GlobexName);
        var asAcme = new Tenant(acme, SeesAllPartners: false);

        var (projects, stagePartners, profiles, defects, globexProject) = await factory.WithDatabaseAsync(async db =>
            (await db.OnboardingProjects.Select(p => p.PartnerId).Distinct().ToListAsync(),
             await db.OnboardingStages.Select(s => s.Project!.PartnerId).Distinct().ToListAsync(),
             await db.PartnerProfiles.Select(p => p.PartnerId).ToListAsync(),
             await db.PostLaunchDefects.Select(d => d.PartnerId).Distinct().ToListAsync(),
             await db.OnboardingProjects.FirstOrDefaultAsync(p => p.PartnerId == globex)),
            asAcme);

        Assert.Equal([acme], projects);
        Assert.Equal([acme], stagePartners);
        Assert.Equal([acme], profiles);
        Assert.All(defects, d => Assert.Equal(acme, d));
        Assert.Null(globexProject);
    }

    [Fact]
    public async Task DemoMode_SeedsTheDefaultTemplateTheHistoryAndCurrentProjectsForAcmeAndGlobex()
    {
        var (templates, demoProjects, liveDemoProjects, current) = await factory.WithDatabaseAsync(async db =>
        {
            var projects = await db.OnboardingProjects.Include(p => p.Stages).ThenInclude(s => s.Checklist).AsSplitQuery().ToListAsync();
            var acmeAndGlobex = await db.Partners.Where(p => p.Name == DemoData.AcmeName || p.Name == DemoData.GlobexName).Select(p => p.Id).ToListAsync();
            return (await db.StageTemplates.Include(t => t.Stages).ToListAsync(),
                projects.Count(p => p.Name.EndsWith(DemoHistory.ProjectNameSuffix, StringComparison.Ordinal)),
                projects.Count(p => p.IsLive),
                projects.Where(p => acmeAndGlobex.Contains(p.PartnerId) && p.Name.EndsWith(DemoHistory.ProjectNameSuffix, StringComparison.Ordinal)).ToList());
        });

        var template = Assert.Single(templates, t => t.Name == StageTemplate.DefaultName);
        Assert.Equal(8, template.Stages.Count);
        Assert.Equal("申请", template.Stages[0].ChineseName);
        Assert.InRange(demoProjects, 40, 45);
        Assert.InRange(liveDemoProjects, 25, 40);
        Assert.Equal(2, current.Count);
        Assert.All(current, p =>
        {
            Assert.False(p.IsLive);
            Assert.Contains(p.Stages, s => s.Status is StageStatus.InProgress or StageStatus.Blocked);
            Assert.Contains(p.Stages, s => s.Side == StageSide.Partner && s.Checklist.Any(c => !c.IsDone));
        });
    }

    private Task<Guid> PartnerIdAsync(string name) =>
        factory.WithDatabaseAsync(db => db.Partners.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
}
