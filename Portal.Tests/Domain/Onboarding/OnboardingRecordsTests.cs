using System.Globalization;
using Portal.Domain;
using Portal.Domain.Onboarding;
using static Portal.Tests.Domain.Onboarding.OnboardingTestData;

namespace Portal.Tests.Domain.Onboarding;

public sealed class OnboardingRecordsTests
{
    [Fact]
    public void PartnerProfile_New_IsDirectAndOtherwiseEmpty()
    {
        var profile = new PartnerProfile(PartnerId);

        Assert.Equal(PartnerId, profile.PartnerId);
        Assert.Equal(IntegrationChannel.Direct, profile.Channel);
        Assert.Empty(profile.Apis);
        Assert.Null(profile.ApiVersion);
    }

    [Fact]
    public void PartnerProfile_SetIntegration_TrimsAndDropsDuplicateApis()
    {
        var profile = new PartnerProfile(PartnerId);

        profile.SetIntegration(" v2 ", ["Accounts", " payments", "accounts", "Payments "]);

        Assert.Equal("v2", profile.ApiVersion);
        Assert.Equal(["Accounts", "payments"], profile.Apis);
    }

    [Fact]
    public void PartnerProfile_SaasPlatformWithoutItsName_IsRefused()
    {
        var profile = new PartnerProfile(PartnerId);

        var refused = Assert.Throws<DomainException>(() => profile.SetChannel(IntegrationChannel.SaasPlatform, " "));

        Assert.Contains("Name the SaaS platform", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartnerProfile_DirectWithAPlatformName_IsRefused() =>
        Assert.Throws<DomainException>(() => new PartnerProfile(PartnerId).SetChannel(IntegrationChannel.Direct, "LedgerCloud"));

    [Fact]
    public void PartnerProfile_SaasPlatform_KeepsThePlatformName()
    {
        var profile = new PartnerProfile(PartnerId);

        profile.SetChannel(IntegrationChannel.SaasPlatform, "LedgerCloud");

        Assert.Equal((IntegrationChannel.SaasPlatform, "LedgerCloud"), (profile.Channel, profile.PlatformName));
    }

    [Theory]
    [InlineData("priya")]
    [InlineData("priya@")]
    [InlineData("@initech.example")]
    [InlineData("priya shah@initech.example")]
    [InlineData("priya@initech")]
    public void PartnerProfile_TechnicalLeadWithoutAnEmailAddress_IsRefused(string email) =>
        Assert.Throws<DomainException>(() => new PartnerProfile(PartnerId).SetTechnicalLead("Priya Shah", email));

    [Fact]
    public void PartnerProfile_TechnicalLeadOwnerAndIndustry_AreKept()
    {
        var profile = new PartnerProfile(PartnerId);

        profile.SetTechnicalLead("Priya Shah", "priya.shah@initech.example");
        profile.AssignAccountOwner(Staff);
        profile.SetIndustry("Accounting software");

        Assert.Equal(
            ("Priya Shah", "priya.shah@initech.example", Staff, "Accounting software"),
            (profile.TechnicalLeadName, profile.TechnicalLeadEmail, profile.AccountOwnerUserId, profile.Industry));
    }

    [Fact]
    public void PostLaunchDefect_New_KeepsItsLinks()
    {
        var stageId = Guid.NewGuid();

        var defect = new PostLaunchDefect(PartnerId, DefectSeverity.P2, T0, " Duplicate payments on retry ", stageId: stageId, apiName: "Payments", docPath: "v2/errors");

        Assert.Equal(
            (DefectSeverity.P2, T0, "Duplicate payments on retry", stageId, "Payments", "v2/errors", false),
            (defect.Severity, defect.FoundAt, defect.Description, defect.StageId, defect.ApiName, defect.DocPath, defect.IsResolved));
    }

    [Fact]
    public void PostLaunchDefect_ResolvedBeforeItWasFound_IsRefused()
    {
        var defect = new PostLaunchDefect(PartnerId, DefectSeverity.P1, Day(5), "Outage");

        Assert.Throws<DomainException>(() => defect.Resolve(Day(4)));

        defect.Resolve(Day(6));
        Assert.Equal(Day(6), defect.ResolvedAt);
        Assert.Throws<DomainException>(() => defect.Resolve(Day(7)));
        defect.Reopen();
        Assert.False(defect.IsResolved);
    }

    [Fact]
    public void PostLaunchDefect_WithoutDescriptionOrWithAnUnknownSeverity_IsRefused()
    {
        Assert.Throws<DomainException>(() => new PostLaunchDefect(PartnerId, DefectSeverity.P3, T0, "  "));
        Assert.Throws<DomainException>(() => new PostLaunchDefect(PartnerId, (DefectSeverity)7, T0, "Bug"));
    }

    [Fact]
    public void TimeEntry_OnStage_IsKeptWithoutATicket()
    {
        var stageId = Guid.NewGuid();

        var entry = TimeEntry.OnStage(PartnerId, stageId, Staff, 45, T0, "Kick-off call");

        Assert.Equal((stageId, (Guid?)null, 45, "Kick-off call"), (entry.StageId, entry.TicketId, entry.Minutes, entry.Note));
    }

    [Fact]
    public void TimeEntry_OnBothAStageAndATicket_OrOnNeither_IsRefused()
    {
        var both = Assert.Throws<DomainException>(() => new TimeEntry(PartnerId, Guid.NewGuid(), Guid.NewGuid(), Staff, 30, T0));
        Assert.Throws<DomainException>(() => new TimeEntry(PartnerId, null, null, Staff, 30, T0));

        Assert.Contains("exactly one", both.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-15)]
    [InlineData(TimeEntry.MaxMinutes + 1)]
    public void TimeEntry_MinutesOutOfRange_AreRefusedNamingTheLimit(int minutes)
    {
        var refused = Assert.Throws<DomainException>(() => TimeEntry.OnTicket(PartnerId, Guid.NewGuid(), Staff, minutes, T0));

        Assert.Contains(TimeEntry.MaxMinutes.ToString(CultureInfo.InvariantCulture), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeEntry_WorkedAt_TodayIsNow_AnEarlierDayIsItsNoonUtc_AFutureOrTooOldDayIsRefused()
    {
        var now = new DateTimeOffset(2026, 11, 24, 18, 5, 0, TimeSpan.Zero);

        Assert.Equal(now, TimeEntry.WorkedAt(null, now));
        Assert.Equal(now, TimeEntry.WorkedAt(new DateOnly(2026, 11, 24), now));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero), TimeEntry.WorkedAt(new DateOnly(2026, 11, 20), now));
        Assert.Contains("not come yet", Assert.Throws<DomainException>(() => TimeEntry.WorkedAt(new DateOnly(2026, 11, 25), now)).Message, StringComparison.Ordinal);
        Assert.Contains("90 days", Assert.Throws<DomainException>(() => TimeEntry.WorkedAt(new DateOnly(2026, 8, 25), now)).Message, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 8, 26, 12, 0, 0, TimeSpan.Zero), TimeEntry.WorkedAt(new DateOnly(2026, 8, 26), now));
    }

    [Fact]
    public void PartnerProfile_MoreApisThanTheLimit_AreRefusedNamingTheLimit()
    {
        var apis = Enumerable.Range(1, PartnerProfile.MaxApis + 1).Select(i => $"API {i}");

        var refused = Assert.Throws<DomainException>(() => new PartnerProfile(PartnerId).SetIntegration("v2", apis));

        Assert.Contains(PartnerProfile.MaxApis.ToString(CultureInfo.InvariantCulture), refused.Message, StringComparison.Ordinal);
    }
}
