using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Domain;
using Portal.Domain.Onboarding;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Onboarding;

/// <summary>
/// What onboarding needs in every installation (the default stage template) and, in demo mode
/// only, the deterministic two-year <see cref="DemoHistory"/> plus current projects for the demo
/// partners Acme Payments and Globex ERP. Both steps are idempotent and run at every start.
/// </summary>
public sealed class OnboardingSeeding(PortalDbContextFactory contexts, TimeProvider clock)
{
    /// <summary>Display names of the bank-side users the demo history acts as (see <see cref="DemoHistory.StaffUserIds"/>).</summary>
    private static readonly Dictionary<string, string> StaffNames = new(StringComparer.Ordinal)
    {
        ["demo-staff-amelia"] = "Amelia Hart",
        ["demo-staff-bilal"] = "Bilal Khan",
        ["demo-staff-chen"] = "Chen Wei",
        ["demo-staff-dora"] = "Dora Novak",
    };

    public async Task SeedDefaultTemplateAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateSystemDbContext();
        if (!await db.StageTemplates.AnyAsync(cancellationToken))
        {
            db.StageTemplates.Add(StageTemplate.Default());
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Demo mode only: never call this in Production (the caller checks).</summary>
    public async Task SeedDemoAsync(CancellationToken cancellationToken)
    {
        await SeedDefaultTemplateAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        await using var db = contexts.CreateSystemDbContext();
        var template = await db.StageTemplates
            .Include(t => t.Stages).ThenInclude(s => s.Checklist)
            .OrderBy(t => t.Name != StageTemplate.DefaultName).ThenBy(t => t.Name)
            .FirstAsync(cancellationToken);

        if (!await db.OnboardingProjects.AnyAsync(p => p.Name.EndsWith(DemoHistory.ProjectNameSuffix), cancellationToken))
        {
            await AddHistoryAsync(db, DemoHistory.Generate(today), template.Id, cancellationToken);
        }

        await AddCurrentProjectAsync(db, DemoData.AcmeName, "dev@acme.demo.local", template, today, Acme, cancellationToken);
        await AddCurrentProjectAsync(db, DemoData.GlobexName, "dev@globex.demo.local", template, today, Globex, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task AddHistoryAsync(PortalDbContext db, DemoHistorySet history, Guid templateId, CancellationToken cancellationToken)
    {
        var supportRole = await db.Roles.Where(r => r.Name == Roles.Support).Select(r => r.Id).SingleAsync(cancellationToken);
        foreach (var (id, name) in StaffNames)
        {
            if (!await db.Users.AnyAsync(u => u.Id == id, cancellationToken))
            {
                db.Users.Add(DemoUser(id, name, id.Replace("demo-staff-", "", StringComparison.Ordinal) + "@demo.local", null, history.Today));
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = id, RoleId = supportRole });
            }
        }

        var partnerRole = await db.Roles.Where(r => r.Name == Roles.Partner).Select(r => r.Id).SingleAsync(cancellationToken);
        var existing = (await db.Partners.Select(p => p.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var partner in history.Partners.Where(p => !existing.Contains(p.Organisation.Name)))
        {
            db.Partners.Add(partner.Organisation);
            db.PartnerProfiles.Add(partner.Profile);
            db.OnboardingProjects.Add(partner.Project);
            db.Entry(partner.Project).Property(p => p.TemplateId).CurrentValue = templateId;
            db.TimeEntries.AddRange(partner.TimeEntries);
            db.PostLaunchDefects.AddRange(partner.Defects);
            if (!await db.Users.AnyAsync(u => u.Id == partner.PartnerUserId, cancellationToken))
            {
                // Demo people have no password: they exist so that owners and events show a name.
                db.Users.Add(DemoUser(partner.PartnerUserId, partner.Profile.TechnicalLeadName!, partner.Profile.TechnicalLeadEmail!, partner.Organisation.Id, partner.Organisation.CreatedAt));
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = partner.PartnerUserId, RoleId = partnerRole });
            }
        }
    }

    private static PortalUser DemoUser(string id, string name, string email, Guid? partnerId, DateTimeOffset createdAt) => new()
    {
        Id = id,
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true,
        DisplayName = name,
        PartnerId = partnerId,
        CreatedAt = createdAt,
        SecurityStamp = Guid.NewGuid().ToString("N"),
        LockoutEnabled = true,
    };

    private static async Task AddCurrentProjectAsync(
        PortalDbContext db,
        string partnerName,
        string partnerEmail,
        StageTemplate template,
        DateTimeOffset today,
        Action<CurrentProject> play,
        CancellationToken cancellationToken)
    {
        var partner = await db.Partners.SingleOrDefaultAsync(p => p.Name == partnerName, cancellationToken);
        var developer = await db.Users.Where(u => u.Email == partnerEmail).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
        var staff = await db.Users.Where(u => u.Email == "support@demo.local").Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
        if (partner is null || developer is null || staff is null
            || await db.OnboardingProjects.AnyAsync(p => p.PartnerId == partner.Id, cancellationToken))
        {
            return;
        }

        if (!await db.PartnerProfiles.AnyAsync(p => p.PartnerId == partner.Id, cancellationToken))
        {
            db.PartnerProfiles.Add(new PartnerProfile(partner.Id));
        }

        var start = today.AddDays(-45).AddHours(9);
        var project = new OnboardingProject(partner.Id, partnerName + DemoHistory.ProjectNameSuffix, template, start, start, staff);
        foreach (var stage in project.Stages)
        {
            stage.AssignOwner(stage.Side == StageSide.Bank ? staff : developer);
        }

        play(new CurrentProject(project, today, staff, developer, db));
        db.OnboardingProjects.Add(project);
        var profile = db.PartnerProfiles.Local.SingleOrDefault(p => p.PartnerId == partner.Id)
            ?? await db.PartnerProfiles.SingleAsync(p => p.PartnerId == partner.Id, cancellationToken);
        if (profile.TechnicalLeadEmail is null)
        {
            var name = await db.Users.Where(u => u.Id == developer).Select(u => u.DisplayName).SingleAsync(cancellationToken);
            profile.SetTechnicalLead(name, partnerEmail);
            profile.AssignAccountOwner(staff);
            profile.SetIntegration("v2", partnerName == DemoData.AcmeName ? ["Accounts", "Consents", "Payments", "Webhooks"] : ["Accounts", "Consents"]);
            profile.SetIndustry(partnerName == DemoData.AcmeName ? "Payments" : "ERP");
        }
    }

    /// <summary>Acme is in development: earlier stages done (sandbox access late), some partner items still open.</summary>
    private static void Acme(CurrentProject p)
    {
        p.Play("Application", -45, -41, ticks: 2);
        p.Play("Agreement signed", -40, -33, ticks: 2);
        p.Play("Sandbox access", -32, -22, ticks: 2);
        p.Play("Development", -21, null, ticks: 1);
        p.Log("Sandbox access", -27, 90, "Sandbox credentials troubleshooting");
        p.Log("Development", -10, 45, "Developer questions call");
    }

    /// <summary>Globex has just applied: the agreement is blocked, and the getting-started item is still open.</summary>
    private static void Globex(CurrentProject p)
    {
        p.Play("Application", -12, -9, ticks: 1);
        p.Play("Agreement signed", -8, null, ticks: 1);
        var agreement = p.Stage("Agreement signed");
        agreement.Block("Waiting for Globex's legal team to return the signed agreement", p.Day(-3), p.Staff);
        p.Log("Agreement signed", -6, 60, "Agreement questions");
    }

    private sealed record CurrentProject(OnboardingProject Project, DateTimeOffset Today, string Staff, string Developer, PortalDbContext Db)
    {
        public DateTimeOffset Day(int offset) => Today.AddDays(offset).AddHours(10);

        public OnboardingStage Stage(string englishName) => Project.Stages.First(s => s.EnglishName == englishName);

        public void Play(string englishName, int startDay, int? endDay, int ticks)
        {
            var stage = Stage(englishName);
            var actor = stage.Side == StageSide.Bank ? Staff : Developer;
            stage.Start(Day(startDay), actor);
            foreach (var item in stage.Checklist.Take(ticks))
            {
                stage.TickItem(item.Id, stage.Side, actor, Day(startDay).AddHours(2));
            }

            if (endDay is { } end)
            {
                stage.Complete(Day(end), actor);
            }
        }

        public void Log(string englishName, int day, int minutes, string note) =>
            Db.TimeEntries.Add(TimeEntry.OnStage(Project.PartnerId, Stage(englishName).Id, Staff, minutes, Day(day), note));
    }
}
