using Portal.Domain.Search;
using Portal.Infrastructure.Markdown;

namespace Portal.Web.Features.Search;

public static class SearchLinks
{
    /// <summary>Where a hit opens: the doc section's anchor, or the FAQ entry (opened on the FAQ page).</summary>
    public static string For(SearchHit hit) => hit.Kind == SearchKinds.Faq
        ? $"/faq?entry={Uri.EscapeDataString(hit.Path)}"
        : DocUrls.Page(hit.Version, hit.Path, hit.Anchor);
}
