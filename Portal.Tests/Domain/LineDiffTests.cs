using Portal.Domain.Docs;

namespace Portal.Tests.Domain;

public sealed class LineDiffTests
{
    [Fact]
    public void Compare_IdenticalTexts_AreAllSame()
    {
        var rows = LineDiff.Compare("a\nb\nc", "a\nb\nc");

        Assert.All(rows, r => Assert.Equal(DiffKind.Same, r.Kind));
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void Compare_OneLineChanged_PairsItSideBySide()
    {
        var rows = LineDiff.Compare("title\nold line\nend", "title\nnew line\nend");

        Assert.Equal([DiffKind.Same, DiffKind.Changed, DiffKind.Same], rows.Select(r => r.Kind));
        Assert.Equal(("old line", "new line"), (rows[1].Left, rows[1].Right));
        Assert.Equal((2, 2), (rows[1].LeftNumber, rows[1].RightNumber));
    }

    [Fact]
    public void Compare_InsertedAndDeletedLines_KeepTheirNumbers()
    {
        var rows = LineDiff.Compare("a\nb\nc\nd", "a\nc\nd\ne");

        Assert.Equal(
            [(DiffKind.Same, 1, 1), (DiffKind.Removed, 2, (int?)null), (DiffKind.Same, 3, 2), (DiffKind.Same, 4, 3), (DiffKind.Added, (int?)null, 4)],
            rows.Select(r => (r.Kind, r.LeftNumber, r.RightNumber)));
    }

    [Fact]
    public void Compare_EmptySides_AreAllAddedOrRemoved()
    {
        Assert.All(LineDiff.Compare("", "x\ny"), r => Assert.Equal(DiffKind.Added, r.Kind));
        Assert.All(LineDiff.Compare("x\ny", ""), r => Assert.Equal(DiffKind.Removed, r.Kind));
        Assert.Empty(LineDiff.Compare("", ""));
    }

    [Fact]
    public void Compare_WindowsLineEndings_AreTheSameLines()
    {
        Assert.All(LineDiff.Compare("a\r\nb\r\n", "a\nb"), r => Assert.Equal(DiffKind.Same, r.Kind));
    }
}
