using Portal.Domain;
using Portal.Domain.Docs;

namespace Portal.Tests.Docs;

public sealed class DocPageTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("README.md", "")]
    [InlineData("payments/README.md", "payments")]
    [InlineData("payments/readme.MD", "payments")]
    [InlineData("payments/domestic.md", "payments/domestic")]
    [InlineData("./usage examples/File Payments.md", "usage examples/File Payments")]
    [InlineData("a\\b.md", "a/b")]
    public void PathFromFile_MarkdownFile_IsItsPathWithReadmeAsTheFolder(string file, string expected)
    {
        Assert.Equal(expected, DocPage.PathFromFile(file));
    }

    [Theory]
    [InlineData("image.png")]
    [InlineData("../outside.md")]
    [InlineData("/absolute.md")]
    [InlineData("a//b.md")]
    [InlineData(".md")]
    public void PathFromFile_NotAPlainRelativeMarkdownFile_IsNull(string file)
    {
        Assert.Null(DocPage.PathFromFile(file));
    }

    [Fact]
    public void Revise_SameMarkdownTwice_MakesOneRevision()
    {
        var page = NewPage();

        var first = page.Revise("# Hello", DocRevisionSource.Import, null, Now);
        var second = page.Revise("# Hello", DocRevisionSource.Import, null, Now.AddDays(1));

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal(1, page.RevisionCount);
        Assert.Equal(first.Id, page.CurrentRevisionId);
        Assert.Equal(DocRevision.HashOf("# Hello"), page.CurrentContentHash);
    }

    [Fact]
    public void Revise_ChangedMarkdown_MakesTheNextNumberedRevision()
    {
        var page = NewPage();
        page.Revise("# One", DocRevisionSource.Import, null, Now);

        var revision = page.Revise("# Two", DocRevisionSource.Edit, "user-1", Now.AddHours(1));

        Assert.NotNull(revision);
        Assert.Equal(2, revision.Number);
        Assert.Equal(revision.Id, page.CurrentRevisionId);
        Assert.Equal("user-1", revision.AuthorUserId);
    }

    [Fact]
    public void Revise_EditWithoutAuthor_IsRefused()
    {
        var page = NewPage();

        Assert.Throws<DomainException>(() => page.Revise("# Text", DocRevisionSource.Edit, null, Now));
    }

    [Fact]
    public void Revise_RemovedPageComesBackUnchanged_IsReinstatedWithoutARevision()
    {
        var page = NewPage();
        page.Revise("# Text", DocRevisionSource.Import, null, Now);
        page.MarkRemoved(Now.AddDays(1));

        var revision = page.Revise("# Text", DocRevisionSource.Import, null, Now.AddDays(2));

        Assert.Null(revision);
        Assert.False(page.IsRemoved);
    }

    [Fact]
    public void IsStale_IntervalPassedSinceLastReview_IsTrue()
    {
        var page = NewPage(new DocPageMetadata("Title", "owner@bank.example", ReviewIntervalDays: 30, LastReviewedAt: Now));

        Assert.False(page.IsStale(Now.AddDays(29)));
        Assert.True(page.IsStale(Now.AddDays(30)));
    }

    [Fact]
    public void IsStale_NoReviewDuty_IsNeverTrue()
    {
        var page = NewPage();

        Assert.Null(page.NextReviewAt);
        Assert.False(page.IsStale(Now.AddYears(10)));
    }

    [Fact]
    public void IsStale_RemovedPage_IsFalse()
    {
        var page = NewPage(new DocPageMetadata("Title", ReviewIntervalDays: 1));
        page.MarkRemoved(Now);

        Assert.False(page.IsStale(Now.AddDays(5)));
    }

    [Fact]
    public void MarkReviewed_StalePage_IsFreshForAnotherInterval()
    {
        var page = NewPage(new DocPageMetadata("Title", "Support", ReviewIntervalDays: 90, NextReviewAt: Now.AddDays(-1)));
        Assert.True(page.IsStale(Now));

        page.MarkReviewed(Now, "user-7");

        Assert.False(page.IsStale(Now.AddDays(89)));
        Assert.True(page.IsStale(Now.AddDays(90)));
        Assert.Equal(Now, page.LastReviewedAt);
        Assert.Equal("user-7", page.LastReviewedBy);
    }

    [Fact]
    public void Describe_OlderLastReviewedDate_DoesNotMoveTheReviewBack()
    {
        var page = NewPage(new DocPageMetadata("Title", ReviewIntervalDays: 30));
        page.MarkReviewed(Now, "user-7");

        page.Describe(new DocPageMetadata("Title", ReviewIntervalDays: 30, LastReviewedAt: Now.AddDays(-100)), Now);

        Assert.Equal(Now, page.LastReviewedAt);
        Assert.Equal(Now.AddDays(30), page.NextReviewAt);
    }

    [Theory]
    [InlineData("someone")]
    [InlineData("Partner")]
    [InlineData("a@b")]
    [InlineData("two words@bank.example")]
    public void Describe_OwnerNeitherEmailNorStaffRole_IsRefused(string owner)
    {
        Assert.Throws<DomainException>(() => NewPage(new DocPageMetadata("Title", owner)));
    }

    [Fact]
    public void Restore_EarlierRevision_AddsARestoreRevisionWithItsText()
    {
        var page = NewPage();
        var first = page.Revise("# One", DocRevisionSource.Import, null, Now)!;
        page.Revise("# Two", DocRevisionSource.Import, null, Now.AddDays(1));

        var restored = page.Restore(first, "user-1", Now.AddDays(2));

        Assert.NotNull(restored);
        Assert.Equal(3, restored.Number);
        Assert.Equal(DocRevisionSource.Restore, restored.Source);
        Assert.Equal(first.ContentHash, page.CurrentContentHash);
    }

    private static DocPage NewPage(DocPageMetadata? metadata = null) =>
        new(Guid.NewGuid(), "payments/domestic.md", metadata ?? new DocPageMetadata("Domestic payments"), Now);
}
