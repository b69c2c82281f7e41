using Portal.Domain;
using Portal.Web.Features.Support;
using Portal.Web.Security;

namespace Portal.Web.Api;

/// <summary>Tickets over HTTP: partners see and answer their own organisation's; staff work the queue.</summary>
public static class SupportApi
{
    public sealed record EscalateRequest(string? Subject, string? Transcript, string? Version, IReadOnlyList<string>? PagesRead);

    public sealed record MessageRequest(string? Body);

    /// <param name="Day">The day the work was done (UTC, at most 90 days back); today when absent.</param>
    public sealed record TimeRequest(int Minutes, string? Note, DateOnly? Day = null);

    public static IEndpointRouteBuilder MapSupportApi(this IEndpointRouteBuilder endpoints)
    {
        var tickets = endpoints.MapGroup("/api/tickets").WithTags("Support").RequireAuthorization(Policies.PartnerOrStaff);
        tickets.MapGet("/", async (SupportService support, CancellationToken ct) => await support.ListAsync(new TicketFilter(), ct))
            .WithSummary("Tickets the caller may see: their organisation's for partners, all for staff, newest first.");
        tickets.MapGet("/{id:guid}", async (Guid id, SupportService support, CancellationToken ct) =>
                await support.GetAsync(id, ct) is { } ticket ? Results.Ok(ticket) : NotFound())
            .WithSummary("One ticket with its replies (internal notes and time only for staff); 404 for another partner's.");
        tickets.MapPost("/", (EscalateRequest request, SupportService support, CancellationToken ct) =>
                Run(async () => Results.Ok(new { id = await support.EscalateAsync(request.Subject ?? "", request.Transcript ?? "", request.Version, request.PagesRead ?? [], [], cancellationToken: ct) })))
            .RequireAuthorization(Policies.Partner)
            .WithSummary("Asks a person: creates a ticket for the caller's organisation.");
        tickets.MapPost("/{id:guid}/replies", (Guid id, MessageRequest request, SupportService support, CancellationToken ct) =>
                Run(async () =>
                {
                    await support.ReplyAsync(id, request.Body ?? "", ct);
                    return Results.NoContent();
                }))
            .WithSummary("A reply the other side sees and is notified of.");
        tickets.MapPost("/{id:guid}/notes", (Guid id, MessageRequest request, SupportService support, CancellationToken ct) =>
                Run(async () =>
                {
                    await support.AddNoteAsync(id, request.Body ?? "", ct);
                    return Results.NoContent();
                }))
            .RequireAuthorization(Policies.Staff)
            .WithSummary("An internal note, never shown to the partner.");
        tickets.MapPost("/{id:guid}/time", (Guid id, TimeRequest request, SupportService support, CancellationToken ct) =>
                Run(async () =>
                {
                    await support.LogTimeAsync(id, request.Minutes, request.Note, request.Day, ct);
                    return Results.NoContent();
                }))
            .RequireAuthorization(Policies.Staff)
            .WithSummary("Logs minutes spent on the ticket: the partner's support hours.");
        return endpoints;
    }

    // A problem body keeps the status-code pages from re-executing the request as the not-found page.
    private static IResult NotFound() => Results.Problem("This ticket does not exist.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> Run(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (DomainException e) when (e.Message == "This ticket does not exist.")
        {
            return NotFound();
        }
        catch (DomainException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
