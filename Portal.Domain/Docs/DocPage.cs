namespace Portal.Domain.Docs;

/// <summary>
/// One page of one doc version, with its review duty. The text lives in <see cref="DocRevision"/>s;
/// a page removed from the source is marked removed, never deleted, so its history and links survive.
/// </summary>
public sealed class DocPage
{
    public const int PathMaxLength = 400;
    public const int SourceFileMaxLength = 410;
    public const int TitleMaxLength = 300;
    public const int OwnerMaxLength = 256;
    public const int ReviewedByMaxLength = 450;
    public const int TagMaxLength = 50;
    public const int MaxTags = 20;
    public const int MaxReviewIntervalDays = 3660;

    private const string MarkdownExtension = ".md";
    private const string IndexFileName = "README";

    private List<string> _tags = [];

    private DocPage()
    {
        Path = "";
        SourceFile = "";
        Title = "";
        Language = DocLanguages.English;
        CurrentContentHash = "";
    }

    /// <param name="sourceFile">The Markdown file, relative to the version's folder, with '/' separators.</param>
    public DocPage(Guid versionId, string sourceFile, DocPageMetadata metadata, DateTimeOffset now)
        : this()
    {
        Id = Guid.NewGuid();
        VersionId = versionId;
        CreatedAt = now;
        UpdatedAt = now;
        MoveTo(sourceFile);
        Describe(metadata, now);
    }

    public Guid Id { get; private set; }

    public Guid VersionId { get; private set; }

    /// <summary>
    /// Where the page lives in its version's URLs: the source file's path without <c>.md</c>, where a
    /// folder's <c>README.md</c> is the folder itself (<c>payments/README.md</c> is <c>payments</c>) and
    /// the root <c>README.md</c> is the empty path, the version's home page.
    /// </summary>
    public string Path { get; private set; }

    /// <summary>The file the page came from; relative links in its Markdown are resolved against its folder.</summary>
    public string SourceFile { get; private set; }

    public string Title { get; private set; }

    /// <summary>An e-mail address or a staff role name (<c>Support</c>); null when nobody owns the page yet.</summary>
    public string? Owner { get; private set; }

    public int? ReviewIntervalDays { get; private set; }

    /// <summary>An explicit next review date from the front matter; when set it wins over the interval.</summary>
    public DateTimeOffset? ReviewDueAt { get; private set; }

    public DateTimeOffset? NextReviewAt { get; private set; }

    public DateTimeOffset? LastReviewedAt { get; private set; }

    public string? LastReviewedBy { get; private set; }

    public IReadOnlyList<string> Tags => _tags;

    public string Language { get; private set; }

    public Guid? CurrentRevisionId { get; private set; }

    /// <summary>The hash of the current revision, kept here so an import can tell unchanged files without reading revisions.</summary>
    public string CurrentContentHash { get; private set; }

    public int RevisionCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public bool IsRemoved => RemovedAt is not null;

    /// <summary>
    /// The page path of a Markdown file relative to its version's folder; null when the file is not
    /// Markdown or the path is not a plain relative one.
    /// </summary>
    public static string? PathFromFile(string relativeFile)
    {
        var file = NormalizeSeparators(relativeFile);
        if (!file.EndsWith(MarkdownExtension, StringComparison.OrdinalIgnoreCase) || !IsPlainRelative(file))
        {
            return null;
        }

        var path = file[..^MarkdownExtension.Length];
        var slash = path.LastIndexOf('/');
        var name = path[(slash + 1)..];
        if (name.Length == 0)
        {
            return null;
        }

        return name.Equals(IndexFileName, StringComparison.OrdinalIgnoreCase) ? (slash < 0 ? "" : path[..slash]) : path;
    }

    public static bool IsValidOwner(string? owner)
    {
        if (string.IsNullOrWhiteSpace(owner) || owner.Length > OwnerMaxLength)
        {
            return false;
        }

        var at = owner.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return Roles.Staff.Contains(owner);
        }

        return at > 0 && at == owner.LastIndexOf('@') && owner.IndexOf('.', at) > at + 1 && !owner.Any(char.IsWhiteSpace) && !owner.EndsWith('.');
    }

    /// <summary>Due for review: it has a review date and that date has come. Removed pages are never stale.</summary>
    public bool IsStale(DateTimeOffset now) => RemovedAt is null && NextReviewAt is not null && now >= NextReviewAt;

    /// <summary>
    /// Records new Markdown. Returns the new revision, or null when the text is the one the page already has
    /// (so importing the same files again changes nothing). A removed page that comes back is reinstated.
    /// </summary>
    public DocRevision? Revise(string markdown, DocRevisionSource source, string? authorUserId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var reinstated = RemovedAt is not null;
        RemovedAt = null;
        var hash = DocRevision.HashOf(markdown);
        if (hash == CurrentContentHash)
        {
            if (reinstated)
            {
                UpdatedAt = now;
            }

            return null;
        }

        var revision = new DocRevision(Id, RevisionCount + 1, markdown, hash, source, authorUserId, now);
        RevisionCount = revision.Number;
        CurrentRevisionId = revision.Id;
        CurrentContentHash = hash;
        UpdatedAt = now;
        return revision;
    }

    /// <summary>Makes an earlier revision's text current again, as a new revision, so history only grows.</summary>
    public DocRevision? Restore(DocRevision earlier, string authorUserId, DateTimeOffset now)
    {
        if (earlier.PageId != Id)
        {
            throw new DomainException("A page can only be restored to one of its own revisions.");
        }

        return Revise(earlier.Markdown, DocRevisionSource.Restore, authorUserId, now);
    }

    /// <summary>Applies what the page says about itself. A review date already recorded is never moved back.</summary>
    public void Describe(DocPageMetadata metadata, DateTimeOffset now)
    {
        var title = metadata.Title?.Trim() ?? "";
        if (title.Length == 0 || title.Length > TitleMaxLength)
        {
            throw new DomainException($"A doc page has a title of 1 to {TitleMaxLength} characters.");
        }

        if (metadata.Owner is not null && !IsValidOwner(metadata.Owner))
        {
            throw new DomainException($"A page owner is an e-mail address or one of the roles {string.Join(", ", Roles.Staff)} (got '{metadata.Owner}').");
        }

        if (metadata.ReviewIntervalDays is < 1 or > MaxReviewIntervalDays)
        {
            throw new DomainException($"A review interval is 1 to {MaxReviewIntervalDays} days.");
        }

        if (DocLanguages.Normalize(metadata.Language) is not { } language)
        {
            throw new DomainException($"A doc page is written in {string.Join(" or ", DocLanguages.All)}.");
        }

        var tags = (metadata.Tags ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (tags.Count > MaxTags || tags.Any(t => t.Length > TagMaxLength))
        {
            throw new DomainException($"A doc page has at most {MaxTags} tags of at most {TagMaxLength} characters.");
        }

        Title = title;
        Owner = metadata.Owner;
        ReviewIntervalDays = metadata.ReviewIntervalDays;
        Language = language;
        _tags = tags;
        if (metadata.LastReviewedAt is { } reviewed && (LastReviewedAt is null || reviewed > LastReviewedAt))
        {
            LastReviewedAt = reviewed;
            LastReviewedBy = null;
        }

        // A due date that a later review already met is history, not a duty.
        ReviewDueAt = metadata.NextReviewAt is { } due && (LastReviewedAt is null || due > LastReviewedAt) ? due : null;

        ScheduleNextReview();
        UpdatedAt = now;
    }

    /// <summary>The owner (or anyone standing in) has checked the page is still right.</summary>
    public void MarkReviewed(DateTimeOffset now, string by)
    {
        if (RemovedAt is not null)
        {
            throw new DomainException("A removed page is not reviewed.");
        }

        if (string.IsNullOrWhiteSpace(by) || by.Length > ReviewedByMaxLength)
        {
            throw new DomainException("A review records who made it.");
        }

        LastReviewedAt = now;
        LastReviewedBy = by;
        // An explicit due date is met by this review; from now on only the interval schedules.
        ReviewDueAt = null;
        ScheduleNextReview();
        UpdatedAt = now;
    }

    /// <summary>The page's file moved or changed case; its identity and history stay.</summary>
    public void MoveTo(string sourceFile)
    {
        var file = NormalizeSeparators(sourceFile);
        var path = PathFromFile(file)
            ?? throw new DomainException($"A doc page comes from a Markdown file with a relative path (got '{sourceFile}').");
        if (path.Length > PathMaxLength || file.Length > SourceFileMaxLength)
        {
            throw new DomainException($"A doc page's path has at most {PathMaxLength} characters.");
        }

        SourceFile = file;
        Path = path;
    }

    /// <summary>The page's file is gone from the source. Idempotent: the first removal date stays.</summary>
    public void MarkRemoved(DateTimeOffset now)
    {
        if (RemovedAt is null)
        {
            RemovedAt = now;
            UpdatedAt = now;
        }
    }

    private void ScheduleNextReview() =>
        NextReviewAt = ReviewDueAt
            ?? (ReviewIntervalDays is { } days ? (LastReviewedAt ?? CreatedAt).AddDays(days) : null);

    private static string NormalizeSeparators(string relativeFile)
    {
        var file = (relativeFile ?? "").Replace('\\', '/');
        while (file.StartsWith("./", StringComparison.Ordinal))
        {
            file = file[2..];
        }

        return file;
    }

    private static bool IsPlainRelative(string file) =>
        file.Length > 0 && file[0] != '/' && !file.Contains(':', StringComparison.Ordinal)
        && file.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");
}
