namespace Portal.Web.Features.Docs;

/// <summary>A version's page paths as a folder tree, for the side navigation.</summary>
public sealed class DocTree(string path, string title, bool hasPage)
{
    public string Path { get; } = path;

    public string Title { get; private set; } = title;

    /// <summary>False for a folder without its own README page.</summary>
    public bool HasPage { get; private set; } = hasPage;

    public List<DocTree> Children { get; } = [];

    public static DocTree Build(IEnumerable<DocNavItem> items)
    {
        var root = new DocTree("", "", false);
        foreach (var item in items.Where(i => i.Path.Length > 0))
        {
            var node = root;
            var parts = item.Path.Split('/');
            for (var i = 0; i < parts.Length; i++)
            {
                var path = string.Join('/', parts[..(i + 1)]);
                var child = node.Children.FirstOrDefault(c => c.Path == path);
                if (child is null)
                {
                    child = new DocTree(path, Humanize(parts[i]), false);
                    node.Children.Add(child);
                }

                node = child;
            }

            node.Title = item.Title;
            node.HasPage = true;
        }

        return root;
    }

    private static string Humanize(string segment)
    {
        var words = segment.Replace('-', ' ').Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
