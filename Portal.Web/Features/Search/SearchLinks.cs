using Portal.Domain.Search;
using Portal.Infrastructure.Markdown;
using Portal.Infrastructure.Search;

namespace Portal.Web.Features.Search;

public static class SearchLinks
{
    /// <summary>Where a hit opens: the doc section's anchor, or the FAQ entry (opened on the FAQ page).</summary>
    public static string For(SearchHit hit) => hit.Kind == SearchKinds.Faq
        ? $"/faq?entry={Uri.EscapeDataString(hit.Path)}"
        : DocUrls.Page(hit.Version, hit.Path, hit.Anchor);

    /// <summary>
    /// <see cref="For"/> by way of <c>/search/open</c>, which notes the result opened (position <paramref name="rank"/>,
    /// 1 = first) for search insights, then redirects. A plain link, so a new tab or a copied link work too.
    /// </summary>
    public static string Opening(SearchHit hit, Guid? search, int rank) => search is { } id
        ? $"/search/open?search={id}&rank={rank}&to={Uri.EscapeDataString(For(hit))}"
        : For(hit);

    /// <summary><c>GET /search/open</c>: anyone who searched; only the searcher's own search is changed, and only local addresses are followed.</summary>
    public static IEndpointRouteBuilder MapSearchOpenEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/search/open", async (Guid search, int rank, string? to, SearchInsightsService insights, CancellationToken ct) =>
            {
                var target = to is { Length: > 1 } && to[0] == '/' && to[1] is not '/' and not '\\' ? to : "/search";
                if (target != "/search")
                {
                    await insights.OpenedAsync(search, Math.Clamp(rank, 1, SearchIndex.MaxTop), target, ct);
                }

                return Results.LocalRedirect(target);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return endpoints;
    }
}
