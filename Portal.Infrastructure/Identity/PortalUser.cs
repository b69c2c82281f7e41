using Microsoft.AspNetCore.Identity;
using Portal.Domain.Partners;

namespace Portal.Infrastructure.Identity;

public sealed class PortalUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    [PersonalData]
    public string? DisplayName { get; set; }

    /// <summary>The organisation of a partner user; null for staff and for partners who have not joined one yet.</summary>
    public Guid? PartnerId { get; set; }

    public PartnerOrganisation? Partner { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
