using Portal.Domain;
using Portal.Infrastructure.Assistant;
using Portal.Web.Security;

namespace Portal.Web.Api;

/// <summary><c>POST /api/assistant/ask</c>: the chat panel's answers for partners' own tools.</summary>
public static class AssistantApi
{
    public sealed record AskRequest(string? Question, string? Version, Guid? ConversationId);

    public sealed record AskResponse(string Question, bool Answered, double Confidence, AssistantFaq? Faq, IReadOnlyList<AssistantSource> Sources, string Answer, double ElapsedMs, IReadOnlyList<AssistantFaq> Closest);

    public static IEndpointRouteBuilder MapAssistantApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/assistant/ask", async (AskRequest request, AssistantService assistant, CurrentUser user, CancellationToken ct) =>
            {
                if (AssistantService.Problem(request.Question) is { } problem)
                {
                    return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
                }

                try
                {
                    var reply = await assistant.AskAndRecordAsync(request.Question!, request.Version, user.UserId, user.PartnerId, request.ConversationId ?? Guid.NewGuid(), ct);
                    return Results.Ok(new AskResponse(reply.Question, reply.Answered, Math.Round(reply.Confidence, 4), reply.Faq, reply.Sources, reply.Answer, reply.ElapsedMs, reply.Closest));
                }
                catch (DomainException e)
                {
                    return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
                }
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithTags("Assistant")
            .WithSummary("Answers a question from the FAQ (with doc sections of the version as sources), or says it is not sure and lists the closest questions. Questions have at most 2000 characters.");
        return endpoints;
    }
}
