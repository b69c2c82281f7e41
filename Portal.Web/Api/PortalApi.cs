using System.Security.Claims;
using Portal.Domain.Search;
using Portal.Infrastructure.Search;
using Portal.Web.Cli;
using Portal.Web.Features.Partners;
using Portal.Web.Features.Search;
using Portal.Web.Security;

namespace Portal.Web.Api;

/// <summary>The HTTP API for partners' own tools. Same policies as the pages; documented at /openapi/v1.json.</summary>
public static class PortalApi
{
    public sealed record MeResponse(string Id, string Email, IReadOnlyList<string> Roles, Guid? PartnerId);

    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Portal");

        api.MapGet("/me", (CurrentUser user) => new MeResponse(
                user.UserId!,
                user.Principal.FindFirstValue(ClaimTypes.Email) ?? user.Principal.Identity?.Name ?? "",
                [.. user.Principal.FindAll(ClaimTypes.Role).Select(c => c.Value)],
                user.PartnerId))
            .RequireAuthorization(Policies.SignedIn)
            .WithSummary("The signed-in user, their roles and partner organisation.");

        api.MapGet("/search", async (string? q, string? version, string? kind, int? top, SearchIndex index, SearchInsightsService log, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(q))
                {
                    return Results.Ok(Array.Empty<SearchHit>());
                }

                if (q.Length > CommandLine.MaxQueryLength)
                {
                    return Results.Problem($"A query has at most {CommandLine.MaxQueryLength} characters.", statusCode: StatusCodes.Status400BadRequest);
                }

                var hits = index.Search(new SearchRequest(q, version, kind, Math.Clamp(top ?? 10, 1, SearchIndex.MaxTop), version));
                await log.RecordAsync(q, version, hits.Count, ct);
                return Results.Ok(hits);
            })
            .AllowAnonymous()
            .WithSummary("Searches doc sections and FAQ entries. Any text is searched as words; Lucene syntax is never an error.");

        var partners = api.MapGroup("/partners").RequireAuthorization(Policies.PartnerOrStaff);
        partners.MapGet("/", async (PartnerService service, CancellationToken ct) => await service.ListAsync(ct))
            .WithSummary("Partner organisations the caller may see: their own for partner users, all for staff.");
        partners.MapGet("/{id:guid}", async (Guid id, PartnerService service, CancellationToken ct) =>
                await service.GetAsync(id, ct) is { } partner ? Results.Ok(partner) : Results.NotFound())
            .WithSummary("One partner organisation with its members; 404 when it does not exist or is not the caller's.");
        return endpoints;
    }
}
