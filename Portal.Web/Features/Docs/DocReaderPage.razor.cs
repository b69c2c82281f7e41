using Microsoft.AspNetCore.Components;
using MudBlazor;
using Portal.Domain.Docs;
using Portal.Infrastructure.Markdown;

namespace Portal.Web.Features.Docs;

public sealed partial class DocReaderPage
{
    private DocPageView? _page;
    private IReadOnlyList<DocVersionView> _versions = [];
    private IReadOnlyList<DocNavItem> _navigation = [];

    [Inject]
    private DocsService Docs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public string Version { get; set; } = "";

    [Parameter]
    public string? Path { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _page = await Docs.GetPageAsync(Version, (Path ?? "").Trim('/'));
        if (_page is null)
        {
            Navigation.NotFound();
            return;
        }

        _versions = await Docs.ListVersionsAsync();
        _navigation = await Docs.NavigationAsync(Version);
    }

    private string StatusSuffix(DocVersionStatus status) => status switch
    {
        DocVersionStatus.Beta => $"({L["beta"]})",
        DocVersionStatus.Deprecated => $"({L["deprecated"]})",
        _ => "",
    };

    /// <summary>Switching version keeps the reader on the same page when that version has it.</summary>
    private void SwitchVersion(string version) =>
        Navigation.NavigateTo(_page!.OtherVersions.Contains(version) ? DocUrls.Page(version, _page.Path) : DocUrls.Page(version, ""));

    private List<BreadcrumbItem> Breadcrumbs()
    {
        var items = new List<BreadcrumbItem> { new(_page!.Version.Label, DocUrls.Page(_page.Version.Label, "")) };
        var parts = _page.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var path = string.Join('/', parts[..(i + 1)]);
            var title = _navigation.FirstOrDefault(n => n.Path == path)?.Title ?? parts[i];
            items.Add(new BreadcrumbItem(title, DocUrls.Page(_page.Version.Label, path), disabled: i == parts.Length - 1));
        }

        return items;
    }
}
