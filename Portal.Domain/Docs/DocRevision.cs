using System.Security.Cryptography;
using System.Text;

namespace Portal.Domain.Docs;

/// <summary>One immutable state of a page's Markdown. A page's history is its revisions in <see cref="Number"/> order.</summary>
public sealed class DocRevision
{
    public const int ContentHashLength = 64;
    public const int SourceMaxLength = 16;
    public const int AuthorMaxLength = 450;

    /// <summary>Larger files are refused by the importer: a page that size is not meant to be read.</summary>
    public const int MarkdownMaxLength = 8 * 1024 * 1024;

    private DocRevision()
    {
        Markdown = "";
        ContentHash = "";
    }

    internal DocRevision(Guid pageId, int number, string markdown, string contentHash, DocRevisionSource source, string? authorUserId, DateTimeOffset createdAt)
    {
        if (markdown.Length > MarkdownMaxLength)
        {
            throw new DomainException($"A doc page has at most {MarkdownMaxLength:N0} characters.");
        }

        if (authorUserId?.Length > AuthorMaxLength)
        {
            throw new DomainException("A revision author is a user id.");
        }

        if (source != DocRevisionSource.Import && string.IsNullOrWhiteSpace(authorUserId))
        {
            throw new DomainException("An edited or restored revision records who made it.");
        }

        Id = Guid.NewGuid();
        PageId = pageId;
        Number = number;
        Markdown = markdown;
        ContentHash = contentHash;
        Source = source;
        AuthorUserId = string.IsNullOrWhiteSpace(authorUserId) ? null : authorUserId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid PageId { get; private set; }

    /// <summary>1 for the first revision of a page, then 2, 3, …</summary>
    public int Number { get; private set; }

    public string Markdown { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the Markdown as UTF-8; equal hashes mean equal content.</summary>
    public string ContentHash { get; private set; }

    public DocRevisionSource Source { get; private set; }

    /// <summary>Null for imports: the file system does not say who wrote a file.</summary>
    public string? AuthorUserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static string HashOf(string markdown) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(markdown)));
}

public enum DocRevisionSource
{
    Import,
    Edit,
    Restore,
}
