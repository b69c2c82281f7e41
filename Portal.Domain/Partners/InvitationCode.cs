using System.Security.Cryptography;
using Portal.Domain.Tenancy;

namespace Portal.Domain.Partners;

/// <summary>
/// A code that staff give a partner so its integrators can attach their self-registered
/// accounts to the organisation. Limited in time and in uses; can be revoked.
/// </summary>
public sealed class InvitationCode : IPartnerOwned
{
    public const int CodeLength = 12;
    public const int CodeMaxLength = 14;
    public const int CreatedByMaxLength = 450;

    // No 0/O, 1/I/L: the code is read aloud and typed by hand.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private InvitationCode()
    {
        Code = "";
        CreatedByUserId = "";
    }

    /// <param name="code">Leave null for a random code; a chosen one (demo data) must be 6 to 12 letters or digits.</param>
    public InvitationCode(Guid partnerId, string createdByUserId, DateTimeOffset createdAt, TimeSpan validFor, int maxUses, string? code = null)
    {
        if (code is not null && (code.Length is < 6 or > CodeMaxLength || !code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))))
        {
            throw new DomainException("An invitation code has 6 to 14 capital letters or digits.");
        }

        if (validFor <= TimeSpan.Zero)
        {
            throw new DomainException("An invitation code must be valid for some time.");
        }

        if (maxUses < 1)
        {
            throw new DomainException("An invitation code must allow at least one use.");
        }

        Id = Guid.NewGuid();
        PartnerId = partnerId;
        Code = code ?? RandomNumberGenerator.GetString(Alphabet, CodeLength);
        CreatedByUserId = createdByUserId;
        CreatedAt = createdAt;
        ExpiresAt = createdAt + validFor;
        MaxUses = maxUses;
    }

    public Guid Id { get; private set; }

    public Guid PartnerId { get; private set; }

    public PartnerOrganisation? Partner { get; private set; }

    public string Code { get; private set; }

    public string CreatedByUserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public int MaxUses { get; private set; }

    public int Uses { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Codes are typed by people: ignore case, spaces and dashes.</summary>
    public static string Normalize(string typed) =>
        new([.. (typed ?? "").ToUpperInvariant().Where(char.IsLetterOrDigit)]);

    public InvitationStatus StatusAt(DateTimeOffset now) =>
        RevokedAt is not null ? InvitationStatus.Revoked
        : now >= ExpiresAt ? InvitationStatus.Expired
        : Uses >= MaxUses ? InvitationStatus.UsedUp
        : InvitationStatus.Active;

    public void Redeem(DateTimeOffset now)
    {
        var status = StatusAt(now);
        if (status != InvitationStatus.Active)
        {
            throw new DomainException(status switch
            {
                InvitationStatus.Revoked => "This invitation code has been revoked.",
                InvitationStatus.Expired => "This invitation code has expired.",
                _ => "This invitation code has already been used as often as allowed.",
            });
        }

        Uses++;
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}

public enum InvitationStatus
{
    Active,
    Expired,
    UsedUp,
    Revoked,
}
