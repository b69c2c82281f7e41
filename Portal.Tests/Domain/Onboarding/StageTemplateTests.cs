using System.Globalization;
using Portal.Domain;
using Portal.Domain.Onboarding;

namespace Portal.Tests.Domain.Onboarding;

public sealed class StageTemplateTests
{
    private static readonly NewStage Review = new("Architecture review", "架构评审", StageSide.Bank, 4);

    [Fact]
    public void Default_HasTheEightStagesInOrder_WithBilingualNamesAndHypercareOf30Days()
    {
        var template = StageTemplate.Default();

        Assert.Equal(
            ["Application", "Agreement signed", "Sandbox access", "Development", "Joint testing", "Security review", "Production go-live", "Hypercare"],
            template.Stages.Select(s => s.EnglishName));
        Assert.Equal(["申请", "签署协议", "沙箱访问", "开发", "联合测试", "安全评审", "生产上线", "上线后保障期"], template.Stages.Select(s => s.ChineseName));
        Assert.Equal(Enumerable.Range(0, 8), template.Stages.Select(s => s.Position));
        Assert.Equal(30, template.Stages[^1].DefaultDurationDays);
        Assert.Equal("Production go-live", Assert.Single(template.Stages, s => s.IsGoLive).EnglishName);
    }

    [Fact]
    public void Default_StagesHaveSidesAndChecklistsLinkingToDocPages()
    {
        var template = StageTemplate.Default();

        Assert.Equal(StageSide.Partner, template.Stages.Single(s => s.EnglishName == "Development").Side);
        Assert.Equal(StageSide.Bank, template.Stages.Single(s => s.EnglishName == "Security review").Side);
        Assert.All(template.Stages, s => Assert.NotEmpty(s.Checklist));
        Assert.Contains(template.Stages.SelectMany(s => s.Checklist), c => c.DocPath == "v2/getting-started/sandbox");
    }

    [Fact]
    public void AddStage_AtAPosition_InsertsItThereAndRenumbers()
    {
        var template = StageTemplate.Default();

        var added = template.AddStage(Review, position: 5);

        Assert.Equal(9, template.Stages.Count);
        Assert.Same(added, template.Stages[5]);
        Assert.Equal("Security review", template.Stages[6].EnglishName);
        Assert.Equal(Enumerable.Range(0, 9), template.Stages.Select(s => s.Position));
    }

    [Fact]
    public void MoveStage_ToTheFront_ReordersAndRenumbers()
    {
        var template = StageTemplate.Default();
        var sandbox = template.Stages[2];

        template.MoveStage(sandbox.Id, 0);

        Assert.Equal(["Sandbox access", "Application", "Agreement signed"], template.Stages.Take(3).Select(s => s.EnglishName));
        Assert.Equal(Enumerable.Range(0, 8), template.Stages.Select(s => s.Position));
    }

    [Fact]
    public void RemoveStage_AStage_RemovesItAndClosesTheGap()
    {
        var template = StageTemplate.Default();

        template.RemoveStage(template.Stages[1].Id);

        Assert.DoesNotContain(template.Stages, s => s.EnglishName == "Agreement signed");
        Assert.Equal(Enumerable.Range(0, 7), template.Stages.Select(s => s.Position));
    }

    [Fact]
    public void AddStage_ASecondGoLive_IsRefused()
    {
        var template = StageTemplate.Default();

        var refused = Assert.Throws<DomainException>(() => template.AddStage(Review with { IsGoLive = true }));

        Assert.Contains("only one go-live stage", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkGoLive_MovesTheFlagToThatStage()
    {
        var template = StageTemplate.Default();

        template.MarkGoLive(template.Stages[^1].Id);

        Assert.Equal("Hypercare", Assert.Single(template.Stages, s => s.IsGoLive).EnglishName);
    }

    [Theory]
    [InlineData("", "评审", 3)]
    [InlineData("Review", " ", 3)]
    [InlineData("Review", "评审", -1)]
    [InlineData("Review", "评审", StageTemplateItem.MaxDurationDays + 1)]
    public void AddStage_InvalidNameOrDuration_IsRefused(string english, string chinese, int days) =>
        Assert.Throws<DomainException>(() => new StageTemplate("T").AddStage(new NewStage(english, chinese, StageSide.Bank, days)));

    [Fact]
    public void AddStage_LongerThanTheLimit_IsRefusedNamingTheLimit()
    {
        var refused = Assert.Throws<DomainException>(() =>
            new StageTemplate("T").AddStage(new NewStage("Review", "评审", StageSide.Bank, StageTemplateItem.MaxDurationDays + 1)));

        Assert.Contains(StageTemplateItem.MaxDurationDays.ToString(CultureInfo.InvariantCulture), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddStage_NameLongerThanTheLimit_IsRefusedWithTheLimit()
    {
        var refused = Assert.Throws<DomainException>(() =>
            new StageTemplate("T").AddStage(new NewStage(new string('x', StageTemplateItem.NameMaxLength + 1), "评审", StageSide.Bank, 1)));

        Assert.Contains($"at most {StageTemplateItem.NameMaxLength}", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MoveStage_OutOfRange_IsRefused()
    {
        var template = StageTemplate.Default();

        Assert.Throws<DomainException>(() => template.MoveStage(template.Stages[0].Id, 8));
    }
}
