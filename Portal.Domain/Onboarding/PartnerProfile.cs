using Portal.Domain.Tenancy;

namespace Portal.Domain.Onboarding;

/// <summary>
/// What the bank knows about a partner's integration: one per partner organisation, keyed by
/// <see cref="PartnerId"/>. Most of it is unknown when a partner applies, so everything but the
/// channel is optional and filled in as onboarding goes on.
/// </summary>
public sealed class PartnerProfile : IPartnerOwned
{
    public const int ApiNameMaxLength = 100;
    public const int MaxApis = 30;
    public const int ApiVersionMaxLength = 20;
    public const int PlatformNameMaxLength = 100;
    public const int UserIdMaxLength = 450;
    public const int PersonNameMaxLength = 200;
    public const int EmailMaxLength = 256;
    public const int IndustryMaxLength = 100;

    // Not readonly: the whole list is replaced on change, which is also how EF stores a primitive collection.
    private List<string> _apis = [];

    private PartnerProfile()
    {
    }

    public PartnerProfile(Guid partnerId)
    {
        PartnerId = partnerId;
        Channel = IntegrationChannel.Direct;
    }

    public Guid PartnerId { get; private set; }

    /// <summary>The doc version they build against, for example <c>v2</c>.</summary>
    public string? ApiVersion { get; private set; }

    /// <summary>The APIs they integrate, for example Accounts and Payments, without duplicates.</summary>
    public IReadOnlyList<string> Apis => _apis;

    public IntegrationChannel Channel { get; private set; }

    /// <summary>The SaaS platform they reach the bank through; set exactly when the channel is a platform.</summary>
    public string? PlatformName { get; private set; }

    /// <summary>The bank-side user id of the account owner.</summary>
    public string? AccountOwnerUserId { get; private set; }

    public string? TechnicalLeadName { get; private set; }

    public string? TechnicalLeadEmail { get; private set; }

    public string? Industry { get; private set; }

    public void SetIntegration(string? apiVersion, IEnumerable<string> apis)
    {
        var names = new List<string>();
        foreach (var api in apis)
        {
            var name = Guard.Trimmed(api, ApiNameMaxLength, "An API's name")
                ?? throw new DomainException("An API needs a name.");
            if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        if (names.Count > MaxApis)
        {
            throw new DomainException("A profile lists at most 30 APIs.");
        }

        ApiVersion = Guard.Trimmed(apiVersion, ApiVersionMaxLength, "The API version");
        _apis = names;
    }

    public void SetChannel(IntegrationChannel channel, string? platformName)
    {
        var platform = Guard.Trimmed(platformName, PlatformNameMaxLength, "The platform's name");
        if (channel == IntegrationChannel.SaasPlatform && platform is null)
        {
            throw new DomainException("Name the SaaS platform the partner connects through.");
        }

        if (channel == IntegrationChannel.Direct && platform is not null)
        {
            throw new DomainException("A partner that connects directly has no SaaS platform.");
        }

        Channel = channel;
        PlatformName = platform;
    }

    public void AssignAccountOwner(string? userId) =>
        AccountOwnerUserId = Guard.Trimmed(userId, UserIdMaxLength, "The account owner's user id");

    public void SetTechnicalLead(string? name, string? email)
    {
        var address = Guard.Trimmed(email, EmailMaxLength, "The technical lead's e-mail address");
        if (address is not null && !LooksLikeEmail(address))
        {
            throw new DomainException("The technical lead's e-mail address is not valid.");
        }

        TechnicalLeadName = Guard.Trimmed(name, PersonNameMaxLength, "The technical lead's name");
        TechnicalLeadEmail = address;
    }

    public void SetIndustry(string? industry) => Industry = Guard.Trimmed(industry, IndustryMaxLength, "The industry");

    // Deliberately loose: the address is for people to write to, and only sending proves it works.
    private static bool LooksLikeEmail(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at > 0
            && at == address.LastIndexOf('@')
            && address.IndexOf('.', at) > at + 1
            && !address.EndsWith('.')
            && !address.Any(char.IsWhiteSpace);
    }
}
