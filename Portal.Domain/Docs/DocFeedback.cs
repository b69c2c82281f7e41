namespace Portal.Domain.Docs;

/// <summary>A reader's "was this helpful?" on a page, with an optional comment for the page's owner.</summary>
public sealed class DocFeedback
{
    public const int CommentMaxLength = 2000;
    public const int UserIdMaxLength = 450;

    private DocFeedback()
    {
    }

    public DocFeedback(Guid pageId, Guid revisionId, bool helpful, string? comment, string? userId, Guid? partnerId, DateTimeOffset createdAt)
    {
        var trimmed = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (trimmed?.Length > CommentMaxLength)
        {
            throw new DomainException($"A comment has at most {CommentMaxLength} characters.");
        }

        Id = Guid.NewGuid();
        PageId = pageId;
        RevisionId = revisionId;
        Helpful = helpful;
        Comment = trimmed;
        UserId = userId;
        PartnerId = partnerId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid PageId { get; private set; }

    /// <summary>The revision the reader saw, so the owner knows whether a complaint predates a fix.</summary>
    public Guid RevisionId { get; private set; }

    public bool Helpful { get; private set; }

    public string? Comment { get; private set; }

    public string? UserId { get; private set; }

    /// <summary>The reader's organisation, for staff; feedback is never shown to other partners.</summary>
    public Guid? PartnerId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
