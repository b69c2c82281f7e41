namespace Portal.Domain.Docs;

public enum DiffKind
{
    Same,
    Removed,
    Added,
    Changed,
}

/// <summary>One row of a side-by-side diff: the left line, the right line, or both.</summary>
public sealed record DiffRow(DiffKind Kind, int? LeftNumber, string? Left, int? RightNumber, string? Right);

/// <summary>
/// Line diff for comparing a page between two versions (Myers' O(ND) algorithm, so two long pages
/// that differ little cost little). Adjacent removals and additions are paired into "changed" rows.
/// </summary>
public static class LineDiff
{
    public static IReadOnlyList<DiffRow> Compare(string left, string right)
    {
        var a = Lines(left);
        var b = Lines(right);
        var script = Script(a, b);
        var rows = new List<DiffRow>(Math.Max(a.Length, b.Length));
        var removed = new List<int>();
        var added = new List<int>();

        void Flush()
        {
            var pairs = Math.Max(removed.Count, added.Count);
            for (var k = 0; k < pairs; k++)
            {
                int? l = k < removed.Count ? removed[k] : null;
                int? r = k < added.Count ? added[k] : null;
                var kind = l is not null && r is not null ? DiffKind.Changed : l is not null ? DiffKind.Removed : DiffKind.Added;
                rows.Add(new DiffRow(kind, l + 1, l is { } li ? a[li] : null, r + 1, r is { } ri ? b[ri] : null));
            }

            removed.Clear();
            added.Clear();
        }

        foreach (var edit in script)
        {
            switch (edit.Kind)
            {
                case DiffKind.Removed:
                    removed.Add(edit.Left);
                    break;
                case DiffKind.Added:
                    added.Add(edit.Right);
                    break;
                default:
                    Flush();
                    rows.Add(new DiffRow(DiffKind.Same, edit.Left + 1, a[edit.Left], edit.Right + 1, b[edit.Right]));
                    break;
            }
        }

        Flush();
        return rows;
    }

    private static string[] Lines(string text) =>
        text.Length == 0 ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

    private readonly record struct Edit(DiffKind Kind, int Left, int Right);

    private static List<Edit> Script(string[] a, string[] b)
    {
        int n = a.Length, m = b.Length, max = n + m;
        var offset = max + 1;
        var v = new int[2 * offset + 1];
        var trace = new List<int[]>();
        var found = false;
        for (var d = 0; d <= max && !found; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    found = true;
                    break;
                }
            }
        }

        // Walk the trace back from the end to recover the edit script.
        var script = new List<Edit>();
        int cx = n, cy = m;
        for (var d = trace.Count - 1; d >= 0 && (cx > 0 || cy > 0); d--)
        {
            var vd = trace[d];
            var k = cx - cy;
            var prevK = k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
            var prevX = vd[offset + prevK];
            var prevY = prevX - prevK;
            while (cx > prevX && cy > prevY)
            {
                cx--;
                cy--;
                script.Add(new Edit(DiffKind.Same, cx, cy));
            }

            if (d > 0)
            {
                if (cx == prevX)
                {
                    cy--;
                    script.Add(new Edit(DiffKind.Added, cx, cy));
                }
                else
                {
                    cx--;
                    script.Add(new Edit(DiffKind.Removed, cx, cy));
                }
            }
        }

        script.Reverse();
        return script;
    }
}
