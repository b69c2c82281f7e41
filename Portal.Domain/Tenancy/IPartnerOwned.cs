namespace Portal.Domain.Tenancy;

/// <summary>
/// Data that belongs to one partner organisation. The persistence layer filters every query over
/// such data to the current partner for partner users, so features never repeat that rule.
/// </summary>
public interface IPartnerOwned
{
    Guid PartnerId { get; }
}
