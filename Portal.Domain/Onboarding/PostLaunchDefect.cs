using Portal.Domain.Tenancy;

namespace Portal.Domain.Onboarding;

/// <summary>A defect in a partner's integration found in production, with what it is linked to when known.</summary>
public sealed class PostLaunchDefect : IPartnerOwned
{
    public const int DescriptionMaxLength = 2000;
    public const int ApiNameMaxLength = PartnerProfile.ApiNameMaxLength;
    public const int DocPathMaxLength = ChecklistItem.DocPathMaxLength;

    private PostLaunchDefect()
    {
        Description = "";
    }

    public PostLaunchDefect(
        Guid partnerId,
        DefectSeverity severity,
        DateTimeOffset foundAt,
        string description,
        Guid? projectId = null,
        Guid? stageId = null,
        string? apiName = null,
        string? docPath = null)
        : this()
    {
        Id = Guid.NewGuid();
        PartnerId = partnerId;
        ProjectId = projectId;
        FoundAt = foundAt;
        ChangeSeverity(severity);
        Describe(description);
        Link(stageId, apiName, docPath);
    }

    public Guid Id { get; private set; }

    public Guid PartnerId { get; private set; }

    /// <summary>The onboarding project whose go-live it followed, when the partner has several.</summary>
    public Guid? ProjectId { get; private set; }

    public DefectSeverity Severity { get; private set; }

    public DateTimeOffset FoundAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string Description { get; private set; }

    /// <summary>The stage that should have caught it, for example joint testing.</summary>
    public Guid? StageId { get; private set; }

    public string? ApiName { get; private set; }

    /// <summary>The doc page that misled or lacked something, as version and path.</summary>
    public string? DocPath { get; private set; }

    public bool IsResolved => ResolvedAt is not null;

    public void ChangeSeverity(DefectSeverity severity) =>
        Severity = Enum.IsDefined(severity)
            ? severity
            : throw new DomainException("A defect's severity is P1, P2, P3 or P4.");

    public void Describe(string description) =>
        Description = Guard.Trimmed(description, DescriptionMaxLength, "A defect's description")
            ?? throw new DomainException("A defect needs a description.");

    public void Link(Guid? stageId, string? apiName, string? docPath)
    {
        ApiName = Guard.Trimmed(apiName, ApiNameMaxLength, "The API's name");
        DocPath = Guard.Trimmed(docPath, DocPathMaxLength, "The doc page");
        StageId = stageId;
    }

    public void Resolve(DateTimeOffset at)
    {
        if (at < FoundAt)
        {
            throw new DomainException("A defect cannot be resolved before it was found.");
        }

        if (IsResolved)
        {
            throw new DomainException("This defect is already resolved; reopen it first to change when.");
        }

        ResolvedAt = at;
    }

    public void Reopen() => ResolvedAt = null;
}
