using Microsoft.EntityFrameworkCore;
using Portal.Domain;
using Portal.Domain.Onboarding;
using Portal.Infrastructure.Persistence;
using Portal.Web.Security;

namespace Portal.Web.Features.Onboarding;

/// <summary>One row of the staff list of projects.</summary>
public sealed record ProjectSummary(
    Guid Id,
    Guid PartnerId,
    string PartnerName,
    string Name,
    string? CurrentStage,
    string? CurrentStageChinese,
    int DoneStages,
    int Stages,
    int LateStages,
    bool IsBlocked,
    DateTimeOffset? ApplicationAt,
    DateTimeOffset? GoLiveAt,
    DateTimeOffset? PlannedGoLiveAt);

/// <summary>A project with everything its page shows. The entities are detached: change them through the service.</summary>
public sealed record ProjectDetails(
    OnboardingProject Project,
    string PartnerName,
    PartnerProfile? Profile,
    IReadOnlyDictionary<string, string> People,
    IReadOnlyList<TimeEntry> TimeEntries,
    IReadOnlyList<PostLaunchDefect> Defects)
{
    public string Person(string? userId) =>
        userId is null ? "" : People.TryGetValue(userId, out var name) ? name : userId;
}

public sealed record PersonOption(string Id, string Name);

/// <summary>What staff change on a stage besides its status.</summary>
public sealed record StageEdit(string? OwnerUserId, DateTimeOffset PlannedStart, DateTimeOffset PlannedEnd, string? Notes);

public enum StageAction
{
    Start,
    Block,
    Unblock,
    Complete,
    Reopen,
    Skip,
}

/// <summary>
/// Onboarding projects, their stages, checklists, defects and time. Reads go through the tenant
/// filter, so a partner finds only their own projects (another partner's looks missing). Staff
/// change everything; a partner only ticks the checklist items of partner-side stages.
/// </summary>
public sealed class OnboardingService(PortalDbContextFactory contexts, CurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<ProjectSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var projects = await db.OnboardingProjects.AsNoTracking().Include(p => p.Stages).AsSplitQuery().ToListAsync(cancellationToken);
        var partnerIds = projects.Select(p => p.PartnerId).Distinct().ToList();
        var names = await db.Partners.Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var now = clock.GetUtcNow();
        return
        [
            .. projects.Select(p =>
            {
                var current = p.Stages.FirstOrDefault(s => s.Status is StageStatus.InProgress or StageStatus.Blocked)
                    ?? p.Stages.FirstOrDefault(s => s.Status == StageStatus.NotStarted);
                return new ProjectSummary(
                    p.Id, p.PartnerId, names.GetValueOrDefault(p.PartnerId, ""), p.Name,
                    current?.EnglishName, current?.ChineseName,
                    p.Stages.Count(s => s.Status is StageStatus.Done or StageStatus.Skipped), p.Stages.Count,
                    p.Stages.Count(s => s.IsLateAt(now)),
                    p.Stages.Any(s => s.Status == StageStatus.Blocked),
                    p.ApplicationAt, p.GoLiveAt, p.PlannedGoLiveAt);
            })
            .OrderBy(p => p.GoLiveAt is not null)
            .ThenByDescending(p => p.ApplicationAt ?? p.PlannedGoLiveAt),
        ];
    }

    /// <summary>The signed-in partner's projects, newest first.</summary>
    public async Task<IReadOnlyList<Guid>> MyProjectIdsAsync(CancellationToken cancellationToken = default)
    {
        if (user.PartnerId is not { } partnerId)
        {
            return [];
        }

        await using var db = contexts.CreateDbContext();
        return await db.OnboardingProjects.Where(p => p.PartnerId == partnerId)
            .OrderByDescending(p => p.CreatedAt).Select(p => p.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Null when the project does not exist or belongs to another partner.</summary>
    public async Task<ProjectDetails?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var project = await db.OnboardingProjects.AsNoTracking()
            .Include(p => p.Stages).ThenInclude(s => s.Checklist)
            .Include(p => p.Events)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return null;
        }

        var partnerName = await db.Partners.Where(p => p.Id == project.PartnerId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var profile = await db.PartnerProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.PartnerId == project.PartnerId, cancellationToken);
        var stageIds = project.Stages.Select(s => s.Id).ToList();
        var time = user.IsStaff
            ? await db.TimeEntries.AsNoTracking().Where(t => t.StageId != null && stageIds.Contains(t.StageId.Value)).OrderBy(t => t.At).ToListAsync(cancellationToken)
            : [];
        var defects = await db.PostLaunchDefects.AsNoTracking().Where(d => d.ProjectId == id || (d.ProjectId == null && d.PartnerId == project.PartnerId))
            .OrderByDescending(d => d.FoundAt).ToListAsync(cancellationToken);
        var ids = project.Stages.Select(s => s.OwnerUserId)
            .Concat(project.Events.Select(e => e.By))
            .Concat(project.Stages.SelectMany(s => s.Checklist).Select(c => c.DoneBy))
            .Concat(time.Select(t => t.UserId))
            .Append(profile?.AccountOwnerUserId)
            .Append(project.CreatedBy)
            .OfType<string>().Distinct().ToList();
        // A partner sees names, never other people's e-mail addresses.
        var people = await db.Users.Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.DisplayName ?? u.Email ?? u.Id })
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return new ProjectDetails(project, partnerName, profile, people, time, defects);
    }

    /// <summary>Bank staff who can own stages and accounts.</summary>
    public async Task<IReadOnlyList<PersonOption>> StaffAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var staffRoles = await db.Roles.Where(r => Roles.Staff.Contains(r.Name!)).Select(r => r.Id).ToListAsync(cancellationToken);
        return await db.Users
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && staffRoles.Contains(ur.RoleId)))
            .OrderBy(u => u.DisplayName ?? u.Email)
            .Select(u => new PersonOption(u.Id, u.DisplayName ?? u.Email ?? u.Id))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Staff and the partner's own people: who can own a stage of this project.</summary>
    public async Task<IReadOnlyList<PersonOption>> OwnersAsync(Guid partnerId, CancellationToken cancellationToken = default)
    {
        var staff = await StaffAsync(cancellationToken);
        await using var db = contexts.CreateDbContext();
        var partnerPeople = await db.Users.Where(u => u.PartnerId == partnerId)
            .OrderBy(u => u.DisplayName ?? u.Email)
            .Select(u => new PersonOption(u.Id, u.DisplayName ?? u.Email ?? u.Id))
            .ToListAsync(cancellationToken);
        return [.. staff, .. partnerPeople];
    }

    public async Task<Guid> CreateAsync(Guid partnerId, string name, Guid templateId, DateTimeOffset plannedStart, CancellationToken cancellationToken = default)
    {
        var by = RequireStaff();
        await using var db = contexts.CreateDbContext();
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId, cancellationToken))
        {
            throw new DomainException("This partner organisation does not exist.");
        }

        var template = await db.StageTemplates.AsNoTracking().Include(t => t.Stages).ThenInclude(s => s.Checklist)
            .FirstOrDefaultAsync(t => t.Id == templateId, cancellationToken)
            ?? throw new DomainException("This stage template does not exist.");
        var project = new OnboardingProject(partnerId, name, template, plannedStart, clock.GetUtcNow(), by);
        db.OnboardingProjects.Add(project);
        if (!await db.PartnerProfiles.AnyAsync(p => p.PartnerId == partnerId, cancellationToken))
        {
            db.PartnerProfiles.Add(new PartnerProfile(partnerId));
        }

        await db.SaveChangesAsync(cancellationToken);
        return project.Id;
    }

    public Task ChangeStatusAsync(Guid projectId, Guid stageId, StageAction action, string? reason = null, CancellationToken cancellationToken = default)
    {
        var by = RequireStaff();
        return ChangeAsync(projectId, project =>
        {
            var stage = project.Stage(stageId);
            var now = clock.GetUtcNow();
            switch (action)
            {
                case StageAction.Start: stage.Start(now, by); break;
                case StageAction.Block: stage.Block(reason ?? "", now, by); break;
                case StageAction.Unblock: stage.Unblock(now, by); break;
                case StageAction.Complete: stage.Complete(now, by); break;
                case StageAction.Reopen: stage.Reopen(now, by, reason); break;
                default: stage.Skip(reason ?? "", now, by); break;
            }
        }, cancellationToken);
    }

    public Task EditStageAsync(Guid projectId, Guid stageId, StageEdit edit, CancellationToken cancellationToken = default)
    {
        RequireStaff();
        return ChangeAsync(projectId, project =>
        {
            var stage = project.Stage(stageId);
            stage.AssignOwner(edit.OwnerUserId);
            stage.SetPlan(edit.PlannedStart, edit.PlannedEnd);
            stage.SetNotes(edit.Notes);
        }, cancellationToken);
    }

    /// <summary>Staff tick any item; a partner only those of partner-side stages of their own projects.</summary>
    public Task SetItemDoneAsync(Guid projectId, Guid stageId, Guid itemId, bool done, CancellationToken cancellationToken = default)
    {
        var by = user.UserId ?? throw new DomainException("Say who made the change.");
        var side = user.IsStaff ? StageSide.Bank : StageSide.Partner;
        return ChangeAsync(projectId, project =>
        {
            var stage = project.Stage(stageId);
            if (done)
            {
                stage.TickItem(itemId, side, by, clock.GetUtcNow());
            }
            else
            {
                stage.UntickItem(itemId, side, by, clock.GetUtcNow());
            }
        }, cancellationToken);
    }

    public Task AddChecklistItemAsync(Guid projectId, Guid stageId, string text, string? docPath, CancellationToken cancellationToken = default)
    {
        RequireStaff();
        return ChangeAsync(projectId, project => project.Stage(stageId).AddChecklistItem(new NewChecklistItem(text, docPath)), cancellationToken);
    }

    public Task RemoveChecklistItemAsync(Guid projectId, Guid stageId, Guid itemId, CancellationToken cancellationToken = default)
    {
        RequireStaff();
        return ChangeAsync(projectId, project => project.Stage(stageId).RemoveChecklistItem(itemId), cancellationToken);
    }

    public async Task LogTimeAsync(Guid projectId, Guid stageId, int minutes, DateTimeOffset at, string? note, CancellationToken cancellationToken = default)
    {
        var by = RequireStaff();
        await using var db = contexts.CreateDbContext();
        var project = await db.OnboardingProjects.AsNoTracking().Include(p => p.Stages).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken)
            ?? throw new DomainException("This onboarding project does not exist.");
        project.Stage(stageId);
        db.TimeEntries.Add(TimeEntry.OnStage(project.PartnerId, stageId, by, minutes, at, note));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task AddDefectAsync(Guid projectId, DefectSeverity severity, DateTimeOffset foundAt, string description, Guid? stageId, string? apiName, string? docPath, CancellationToken cancellationToken = default)
    {
        RequireStaff();
        await using var db = contexts.CreateDbContext();
        var project = await db.OnboardingProjects.AsNoTracking().Include(p => p.Stages).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken)
            ?? throw new DomainException("This onboarding project does not exist.");
        if (stageId is { } stage)
        {
            project.Stage(stage);
        }

        db.PostLaunchDefects.Add(new PostLaunchDefect(project.PartnerId, severity, foundAt, description, projectId, stageId, apiName, docPath));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ResolveDefectAsync(Guid defectId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        RequireStaff();
        await using var db = contexts.CreateDbContext();
        var defect = await db.PostLaunchDefects.FirstOrDefaultAsync(d => d.Id == defectId, cancellationToken)
            ?? throw new DomainException("This defect does not exist.");
        defect.Resolve(at);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ReopenDefectAsync(Guid defectId, CancellationToken cancellationToken = default)
    {
        RequireStaff();
        await using var db = contexts.CreateDbContext();
        var defect = await db.PostLaunchDefects.FirstOrDefaultAsync(d => d.Id == defectId, cancellationToken)
            ?? throw new DomainException("This defect does not exist.");
        defect.Reopen();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Applies every field, or none when one is invalid.</summary>
    public async Task SaveProfileAsync(Guid partnerId, ProfileForm form, CancellationToken cancellationToken = default)
    {
        RequireStaff();
        await using var db = contexts.CreateDbContext();
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId, cancellationToken))
        {
            throw new DomainException("This partner organisation does not exist.");
        }

        var profile = await db.PartnerProfiles.FirstOrDefaultAsync(p => p.PartnerId == partnerId, cancellationToken);
        if (profile is null)
        {
            profile = new PartnerProfile(partnerId);
            db.PartnerProfiles.Add(profile);
        }

        profile.SetIntegration(form.ApiVersion, (form.Apis ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        profile.SetChannel(form.Channel, form.Channel == IntegrationChannel.Direct ? null : form.PlatformName);
        profile.AssignAccountOwner(form.AccountOwnerUserId);
        profile.SetTechnicalLead(form.TechnicalLeadName, form.TechnicalLeadEmail);
        profile.SetIndustry(form.Industry);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ChangeAsync(Guid projectId, Action<OnboardingProject> change, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var project = await db.OnboardingProjects
            .Include(p => p.Stages).ThenInclude(s => s.Checklist)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken)
            ?? throw new DomainException("This onboarding project does not exist.");
        change(project);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("Someone else changed this project at the same time; reload the page and try again.");
        }
    }

    private string RequireStaff() =>
        user.IsStaff && user.UserId is { } id ? id : throw new DomainException("Only bank staff can change this.");
}

/// <summary>The partner profile as a form edits it: APIs as a comma-separated list.</summary>
public sealed class ProfileForm
{
    public string? ApiVersion { get; set; }

    public string? Apis { get; set; }

    public IntegrationChannel Channel { get; set; }

    public string? PlatformName { get; set; }

    public string? AccountOwnerUserId { get; set; }

    public string? TechnicalLeadName { get; set; }

    public string? TechnicalLeadEmail { get; set; }

    public string? Industry { get; set; }

    public static ProfileForm From(PartnerProfile? profile) => new()
    {
        ApiVersion = profile?.ApiVersion,
        Apis = profile is null ? null : string.Join(", ", profile.Apis),
        Channel = profile?.Channel ?? IntegrationChannel.Direct,
        PlatformName = profile?.PlatformName,
        AccountOwnerUserId = profile?.AccountOwnerUserId,
        TechnicalLeadName = profile?.TechnicalLeadName,
        TechnicalLeadEmail = profile?.TechnicalLeadEmail,
        Industry = profile?.Industry,
    };
}
