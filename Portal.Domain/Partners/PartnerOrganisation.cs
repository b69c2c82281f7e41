namespace Portal.Domain.Partners;

/// <summary>A company that integrates with the bank's APIs. Partner users belong to exactly one.</summary>
public sealed class PartnerOrganisation
{
    public const int NameMaxLength = 200;

    private PartnerOrganisation()
    {
        Name = "";
    }

    public PartnerOrganisation(string name, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        Name = ValidName(name);
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public void Rename(string name) => Name = ValidName(name);

    private static string ValidName(string name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainException("A partner organisation needs a name.");
        }

        if (trimmed.Length > NameMaxLength)
        {
            throw new DomainException($"A partner organisation's name has at most {NameMaxLength} characters.");
        }

        return trimmed;
    }
}
