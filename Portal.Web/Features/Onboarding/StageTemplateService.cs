using Microsoft.EntityFrameworkCore;
using Portal.Domain;
using Portal.Domain.Onboarding;
using Portal.Infrastructure.Persistence;
using Portal.Web.Security;

namespace Portal.Web.Features.Onboarding;

public sealed record TemplateSummary(Guid Id, string Name, int Stages);

/// <summary>Stage templates, edited by admins. A project copies its template when created, so edits never change running projects.</summary>
public sealed class StageTemplateService(PortalDbContextFactory contexts, CurrentUser user)
{
    public async Task<IReadOnlyList<TemplateSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.StageTemplates.OrderBy(t => t.Name)
            .Select(t => new TemplateSummary(t.Id, t.Name, t.Stages.Count))
            .ToListAsync(cancellationToken);
    }

    public async Task<StageTemplate?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.StageTemplates.AsNoTracking().Include(t => t.Stages).ThenInclude(s => s.Checklist)
            .AsSplitQuery().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
    }

    public async Task<Guid> CreateAsync(string name, Guid? copyOf, CancellationToken cancellationToken = default)
    {
        RequireAdmin();
        await using var db = contexts.CreateDbContext();
        var template = new StageTemplate(name);
        await EnsureUniqueAsync(db, template.Id, template.Name, cancellationToken);
        if (copyOf is { } sourceId)
        {
            var source = await db.StageTemplates.AsNoTracking().Include(t => t.Stages).ThenInclude(s => s.Checklist)
                .AsSplitQuery().FirstOrDefaultAsync(t => t.Id == sourceId, cancellationToken)
                ?? throw new DomainException("This stage template does not exist.");
            foreach (var stage in source.Stages)
            {
                template.AddStage(new NewStage(stage.EnglishName, stage.ChineseName, stage.Side, stage.DefaultDurationDays, stage.IsGoLive,
                    [.. stage.Checklist.Select(c => new NewChecklistItem(c.Text, c.DocPath))]));
            }
        }

        db.StageTemplates.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        return template.Id;
    }

    public Task RenameAsync(Guid id, string name, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, async (db, template) =>
        {
            template.Rename(name);
            await EnsureUniqueAsync(db, id, template.Name, cancellationToken);
        }, cancellationToken);

    public Task AddStageAsync(Guid id, NewStage stage, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (_, template) => Done(() => template.AddStage(stage)), cancellationToken);

    public Task EditStageAsync(Guid id, Guid stageId, string englishName, string chineseName, StageSide side, int durationDays, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (_, template) => Done(() =>
        {
            var stage = template.Find(stageId);
            stage.Rename(englishName, chineseName);
            stage.SetSide(side);
            stage.SetDefaultDuration(durationDays);
        }), cancellationToken);

    public Task RemoveStageAsync(Guid id, Guid stageId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (_, template) => Done(() => template.RemoveStage(stageId)), cancellationToken);

    public Task MoveStageAsync(Guid id, Guid stageId, int position, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (_, template) => Done(() => template.MoveStage(stageId, position)), cancellationToken);

    public Task MarkGoLiveAsync(Guid id, Guid stageId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (_, template) => Done(() => template.MarkGoLive(stageId)), cancellationToken);

    public Task AddChecklistItemAsync(Guid id, Guid stageId, string text, string? docPath, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (_, template) => Done(() => template.Find(stageId).AddChecklistItem(new NewChecklistItem(text, docPath))), cancellationToken);

    public Task RemoveChecklistItemAsync(Guid id, Guid stageId, Guid itemId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, (_, template) => Done(() => template.Find(stageId).RemoveChecklistItem(itemId)), cancellationToken);

    /// <summary>Projects keep their stages; they only lose the reference to the template.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        RequireAdmin();
        await using var db = contexts.CreateDbContext();
        if (await db.StageTemplates.CountAsync(cancellationToken) <= 1)
        {
            throw new DomainException("Keep at least one stage template: new projects are created from one.");
        }

        var template = await db.StageTemplates.Include(t => t.Stages).ThenInclude(s => s.Checklist).FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new DomainException("This stage template does not exist.");
        db.StageTemplates.Remove(template);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Task Done(Action change)
    {
        change();
        return Task.CompletedTask;
    }

    private static async Task EnsureUniqueAsync(PortalDbContext db, Guid id, string name, CancellationToken cancellationToken)
    {
        if (await db.StageTemplates.AnyAsync(t => t.Id != id && t.Name == name, cancellationToken))
        {
            throw new DomainException("A stage template with this name already exists.");
        }
    }

    private async Task ChangeAsync(Guid id, Func<PortalDbContext, StageTemplate, Task> change, CancellationToken cancellationToken)
    {
        RequireAdmin();
        await using var db = contexts.CreateDbContext();
        var template = await db.StageTemplates.Include(t => t.Stages).ThenInclude(s => s.Checklist)
            .AsSplitQuery().FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new DomainException("This stage template does not exist.");
        await change(db, template);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void RequireAdmin()
    {
        if (!user.Principal.IsInRole(Roles.Admin))
        {
            throw new DomainException("Only administrators can change stage templates.");
        }
    }
}
