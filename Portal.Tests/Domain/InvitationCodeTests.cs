using Portal.Domain;
using Portal.Domain.Partners;

namespace Portal.Tests.Domain;

public sealed class InvitationCodeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void New_GeneratesAnUnambiguousCode()
    {
        var code = new InvitationCode(Guid.NewGuid(), "staff", Now, TimeSpan.FromDays(14), 5);

        Assert.Equal(InvitationCode.CodeLength, code.Code.Length);
        Assert.DoesNotContain(code.Code, c => c is '0' or 'O' or '1' or 'I' or 'L');
    }

    [Fact]
    public void Redeem_UpToMaxUses_ThenRefusesWithAReason()
    {
        var code = new InvitationCode(Guid.NewGuid(), "staff", Now, TimeSpan.FromDays(14), maxUses: 2);

        code.Redeem(Now);
        code.Redeem(Now.AddMinutes(1));
        var refused = Assert.Throws<DomainException>(() => code.Redeem(Now.AddMinutes(2)));

        Assert.Equal(2, code.Uses);
        Assert.Equal(InvitationStatus.UsedUp, code.StatusAt(Now));
        Assert.Contains("already been used", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Redeem_AtTheExpiryInstant_IsRefused()
    {
        var code = new InvitationCode(Guid.NewGuid(), "staff", Now, TimeSpan.FromDays(14), 5);

        Assert.Equal(InvitationStatus.Active, code.StatusAt(Now.AddDays(14).AddTicks(-1)));
        Assert.Throws<DomainException>(() => code.Redeem(Now.AddDays(14)));
    }

    [Fact]
    public void Revoke_WinsOverEverythingElse_AndKeepsTheFirstInstant()
    {
        var code = new InvitationCode(Guid.NewGuid(), "staff", Now, TimeSpan.FromDays(14), 5);

        code.Revoke(Now.AddHours(1));
        code.Revoke(Now.AddHours(2));

        Assert.Equal(Now.AddHours(1), code.RevokedAt);
        Assert.Equal(InvitationStatus.Revoked, code.StatusAt(Now.AddHours(3)));
    }

    [Theory]
    [InlineData("acme-demo-2026", "ACMEDEMO2026")]
    [InlineData(" AcMe demo 2026 ", "ACMEDEMO2026")]
    [InlineData("", "")]
    public void Normalize_IgnoresCaseSpacesAndDashes(string typed, string expected) =>
        Assert.Equal(expected, InvitationCode.Normalize(typed));

    [Theory]
    [InlineData(0, 5)]
    [InlineData(14, 0)]
    public void New_WithoutValidityOrUses_IsRefused(int days, int uses) =>
        Assert.Throws<DomainException>(() => new InvitationCode(Guid.NewGuid(), "staff", Now, TimeSpan.FromDays(days), uses));

    [Fact]
    public void PartnerOrganisation_NameIsTrimmedAndRequired()
    {
        Assert.Equal("Acme", new PartnerOrganisation("  Acme ", Now).Name);
        Assert.Throws<DomainException>(() => new PartnerOrganisation("   ", Now));
        Assert.Throws<DomainException>(() => new PartnerOrganisation(new string('x', PartnerOrganisation.NameMaxLength + 1), Now));
    }
}
