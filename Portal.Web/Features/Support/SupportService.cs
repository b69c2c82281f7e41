using Microsoft.EntityFrameworkCore;
using Portal.Domain;
using Portal.Domain.Onboarding;
using Portal.Domain.Support;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Notifications;
using Portal.Infrastructure.Persistence;
using Portal.Web.Security;

namespace Portal.Web.Features.Support;

public sealed record TicketFilter(TicketStatus? Status = null, TicketPriority? Priority = null, string? Assignee = null, Guid? PartnerId = null, bool BreachedOnly = false);

public sealed record TicketRow(Guid Id, string Subject, string Partner, TicketStatus Status, TicketPriority Priority, string? Assignee, DateTimeOffset CreatedAt, SlaTimer FirstResponse, SlaTimer Resolution);

public sealed record TicketMessageView(Guid Id, string Author, bool FromStaff, bool IsInternal, string Body, DateTimeOffset At);

public sealed record TimeEntryView(string Who, int Minutes, DateTimeOffset At, string? Note);

public sealed record TicketView(
    Guid Id,
    string Subject,
    Guid PartnerId,
    string Partner,
    string CreatedBy,
    TicketStatus Status,
    TicketPriority Priority,
    string? AssigneeUserId,
    string? Assignee,
    string? Version,
    string? OnboardingStage,
    IReadOnlyList<string> PagesRead,
    string Transcript,
    DateTimeOffset CreatedAt,
    SlaTimer FirstResponse,
    SlaTimer Resolution,
    IReadOnlyList<TicketMessageView> Messages,
    IReadOnlyList<TimeEntryView> TimeEntries)
{
    public int TotalMinutes => TimeEntries.Sum(t => t.Minutes);
}

public sealed record StaffMember(string Id, string Email);

/// <summary>
/// Tickets: escalations from the assistant, the staff queue with SLA timers, replies (the other side
/// is notified), internal notes, and time entries (the support hours). Partner users reach only
/// their own organisation's tickets through the tenant filter, and never internal notes.
/// </summary>
public sealed class SupportService(PortalDbContextFactory contexts, CurrentUser user, INotifier notifier, SlaPolicySource slaPolicies, TimeProvider clock)
{
    public async Task<Guid> EscalateAsync(string subject, string transcript, string? version, IEnumerable<string> pagesRead, IEnumerable<Guid> exchangeIds, string? onboardingStage = null, CancellationToken cancellationToken = default)
    {
        var userId = user.UserId ?? throw new DomainException("Sign in to talk to a person.");
        var partnerId = user.PartnerId ?? throw new DomainException("Join your organisation first: tickets belong to a partner organisation.");
        var now = clock.GetUtcNow();
        await using var db = contexts.CreateDbContext();
        onboardingStage ??= await CurrentStageAsync(db, partnerId, cancellationToken);
        var ticket = new Ticket(partnerId, userId, subject, transcript, version, onboardingStage, pagesRead, now);
        db.Tickets.Add(ticket);
        var ids = exchangeIds.ToList();
        await using (var system = contexts.CreateSystemDbContext())
        {
            foreach (var exchange in await system.AssistantExchanges.Where(e => ids.Contains(e.Id) && e.UserId == userId).ToListAsync(cancellationToken))
            {
                exchange.MarkEscalated();
            }

            await system.SaveChangesAsync(cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var staff in await SupportStaffAsync(cancellationToken))
        {
            await notifier.NotifyAsync(new Notice(staff.Id, NoticeTopics.TicketCreated, "New support ticket: {0}", Link(ticket.Id), [ticket.Subject], $"ticket-created:{ticket.Id}:{staff.Id}"), cancellationToken);
        }

        return ticket.Id;
    }

    public async Task<IReadOnlyList<TicketRow>> ListAsync(TicketFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var query = db.Tickets.AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }

        if (filter.Priority is { } priority)
        {
            query = query.Where(t => t.Priority == priority);
        }

        if (filter.Assignee is { Length: > 0 } assignee)
        {
            query = assignee == "-" ? query.Where(t => t.AssigneeUserId == null) : query.Where(t => t.AssigneeUserId == assignee);
        }

        if (filter.PartnerId is { } partnerId)
        {
            query = query.Where(t => t.PartnerId == partnerId);
        }

        var tickets = await query.OrderByDescending(t => t.CreatedAt).Take(500).ToListAsync(cancellationToken);
        var partners = await db.Partners.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var names = await NamesAsync(db, tickets.Select(t => t.AssigneeUserId).OfType<string>(), cancellationToken);
        var now = clock.GetUtcNow();
        var sla = await slaPolicies.CurrentAsync(cancellationToken);
        var rows = tickets.Select(t => new TicketRow(t.Id, t.Subject, partners.GetValueOrDefault(t.PartnerId, ""), t.Status, t.Priority,
            t.AssigneeUserId is null ? null : names.GetValueOrDefault(t.AssigneeUserId), t.CreatedAt, sla.FirstResponse(t, now), sla.Resolution(t, now)));
        if (filter.BreachedOnly)
        {
            rows = rows.Where(r => r.FirstResponse.State == SlaState.Breached || r.Resolution.State == SlaState.Breached);
        }

        return [.. rows];
    }

    public async Task<TicketView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var ticket = await db.Tickets.AsNoTracking().Include(t => t.Messages).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (ticket is null)
        {
            return null;
        }

        var messages = ticket.Messages.Where(m => user.IsStaff || !m.IsInternal).OrderBy(m => m.At).ToList();
        var time = user.IsStaff
            ? await db.TimeEntries.AsNoTracking().Where(t => t.TicketId == id).OrderBy(t => t.At).ToListAsync(cancellationToken)
            : [];
        var names = await NamesAsync(db, [ticket.CreatedByUserId, .. messages.Select(m => m.AuthorUserId), .. time.Select(t => t.UserId), .. ticket.AssigneeUserId is null ? [] : new[] { ticket.AssigneeUserId }], cancellationToken);
        var partner = await db.Partners.AsNoTracking().Where(p => p.Id == ticket.PartnerId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var now = clock.GetUtcNow();
        var sla = await slaPolicies.CurrentAsync(cancellationToken);
        return new TicketView(ticket.Id, ticket.Subject, ticket.PartnerId, partner, names.GetValueOrDefault(ticket.CreatedByUserId, ""), ticket.Status, ticket.Priority,
            ticket.AssigneeUserId, ticket.AssigneeUserId is null ? null : names.GetValueOrDefault(ticket.AssigneeUserId), ticket.Version, ticket.OnboardingStage, ticket.PageList,
            ticket.Transcript, ticket.CreatedAt, sla.FirstResponse(ticket, now), sla.Resolution(ticket, now),
            [.. messages.Select(m => new TicketMessageView(m.Id, names.GetValueOrDefault(m.AuthorUserId, ""), m.FromStaff, m.IsInternal, m.Body, m.At))],
            [.. time.Select(t => new TimeEntryView(names.GetValueOrDefault(t.UserId, ""), t.Minutes, t.At, t.Note))]);
    }

    /// <summary>A reply the partner sees; the other side is notified.</summary>
    public async Task ReplyAsync(Guid id, string body, CancellationToken cancellationToken = default)
    {
        var userId = user.UserId ?? throw new DomainException("Sign in to reply.");
        await using var db = contexts.CreateDbContext();
        var ticket = await LoadAsync(db, id, cancellationToken);
        db.TicketMessages.Add(ticket.Reply(userId, body, user.IsStaff, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        if (user.IsStaff)
        {
            await notifier.NotifyAsync(new Notice(ticket.CreatedByUserId, NoticeTopics.TicketReply, "New reply on your ticket: {0}", Link(id), [ticket.Subject]), cancellationToken);
        }
        else if (ticket.AssigneeUserId is { } assignee)
        {
            await notifier.NotifyAsync(new Notice(assignee, NoticeTopics.TicketReply, "The partner replied on ticket: {0}", Link(id), [ticket.Subject]), cancellationToken);
        }
    }

    public async Task AddNoteAsync(Guid id, string body, CancellationToken cancellationToken = default)
    {
        RequireStaff();
        await using var db = contexts.CreateDbContext();
        var ticket = await LoadAsync(db, id, cancellationToken);
        db.TicketMessages.Add(ticket.AddInternalNote(user.UserId!, body, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task UpdateAsync(Guid id, TicketStatus status, TicketPriority priority, string? assigneeUserId, CancellationToken cancellationToken = default)
    {
        RequireStaff();
        await using var db = contexts.CreateDbContext();
        var ticket = await LoadAsync(db, id, cancellationToken);
        var now = clock.GetUtcNow();
        var assignedNow = assigneeUserId is not null && assigneeUserId != ticket.AssigneeUserId && assigneeUserId != user.UserId;
        ticket.SetStatus(status, now);
        ticket.SetPriority(priority, now);
        ticket.Assign(assigneeUserId, now);
        await db.SaveChangesAsync(cancellationToken);
        if (assignedNow)
        {
            await notifier.NotifyAsync(new Notice(assigneeUserId!, NoticeTopics.TicketAssigned, "Ticket assigned to you: {0}", Link(id), [ticket.Subject]), cancellationToken);
        }
    }

    /// <summary>Time a staff member spent on the ticket: the partner's support hours.</summary>
    /// <param name="day">The day the work was done (UTC), for time logged afterwards; today when null.</param>
    public async Task LogTimeAsync(Guid id, int minutes, string? note, DateOnly? day = null, CancellationToken cancellationToken = default)
    {
        RequireStaff();
        await using var db = contexts.CreateDbContext();
        var ticket = await LoadAsync(db, id, cancellationToken);
        db.TimeEntries.Add(TimeEntry.OnTicket(ticket.PartnerId, ticket.Id, user.UserId!, minutes, TimeEntry.WorkedAt(day, clock.GetUtcNow()), note));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StaffMember>> SupportStaffAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateSystemDbContext();
        return await (from ur in db.UserRoles
                      join r in db.Roles on ur.RoleId equals r.Id
                      join u in db.Users on ur.UserId equals u.Id
                      where r.Name == Roles.Support
                      orderby u.Email
                      select new StaffMember(u.Id, u.Email ?? u.UserName ?? u.Id)).Distinct().ToListAsync(cancellationToken);
    }

    public static string Link(Guid id) => $"/support/tickets/{id}";

    /// <summary>
    /// The stage the partner is at: in the newest project that is not live yet, the first stage in
    /// progress (or blocked), else the first not started. Null when the partner has no such project.
    /// </summary>
    public static async Task<string?> CurrentStageAsync(PortalDbContext db, Guid partnerId, CancellationToken cancellationToken = default)
    {
        var projects = await db.OnboardingProjects.AsNoTracking().Include(p => p.Stages).AsSplitQuery()
            .Where(p => p.PartnerId == partnerId).OrderByDescending(p => p.CreatedAt).ToListAsync(cancellationToken);
        var active = projects.FirstOrDefault(p => !p.IsLive);
        var stage = active?.Stages.FirstOrDefault(s => s.Status is StageStatus.InProgress or StageStatus.Blocked)
            ?? active?.Stages.FirstOrDefault(s => s.Status == StageStatus.NotStarted);
        return stage?.EnglishName;
    }

    private void RequireStaff()
    {
        if (!user.IsStaff || user.UserId is null)
        {
            throw new DomainException("Only bank staff can do this.");
        }
    }

    private static async Task<Ticket> LoadAsync(PortalDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Tickets.FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new DomainException("This ticket does not exist.");

    private static async Task<Dictionary<string, string>> NamesAsync(PortalDbContext db, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? u.UserName ?? u.Id, cancellationToken);
    }
}
