using System.Globalization;
using System.Text;
using Portal.Domain.Metrics;
using Portal.Domain.Onboarding;

namespace Portal.Tests.Domain.Onboarding;

public sealed class DemoHistoryTests
{
    private static readonly DateTimeOffset Today = new(2026, 5, 20, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<DemoHistorySet> History = new(() => DemoHistory.Generate(Today));

    [Fact]
    public void Generate_TwiceForTheSameDay_GivesTheSameHistory()
    {
        var first = Describe(DemoHistory.Generate(Today));
        var second = Describe(DemoHistory.Generate(Today));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_ForAnotherDay_MovesTheHistoryWithIt()
    {
        var later = DemoHistory.Generate(Today.AddDays(7));

        Assert.Equal(Today.AddDays(7 - 365), later.PortalLaunch);
        Assert.All(later.Partners, p => Assert.True(p.Project.ApplicationAt > Today.AddDays(7 - DemoHistory.HistoryDays)));
    }

    [Fact]
    public void Generate_AboutFortyPartnersOverTwoYears_LaunchInTheMiddle()
    {
        var history = History.Value;

        Assert.Equal(40, history.Partners.Count);
        Assert.Equal(40, history.Partners.Select(p => p.Organisation.Name).Distinct().Count());
        Assert.Equal(Today.AddDays(-365), history.PortalLaunch);
        Assert.InRange(history.Partners.Count(p => p.AppliedBeforeLaunch), 18, 22);
        Assert.All(history.Partners, p =>
        {
            Assert.InRange(p.Project.ApplicationAt!.Value, Today.AddDays(-DemoHistory.HistoryDays), Today);
            Assert.Equal(p.AppliedBeforeLaunch, p.Project.ApplicationAt < history.PortalLaunch);
            Assert.EndsWith(DemoHistory.ProjectNameSuffix, p.Project.Name, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Generate_PartnersAfterLaunch_OnboardFasterWithFewerHoursAndDefects()
    {
        var history = History.Value;
        var rows = history.Partners.Select(p => OnboardingReport.Row(
            p.Organisation.Name,
            ProjectTimeline.From(p.Project),
            p.TimeEntries.Select(TimeLog.From),
            p.Defects.Select(DefectLog.From),
            Today));

        var comparison = Cohorts.Compare(rows, history.PortalLaunch);

        var cycle = comparison.For(OnboardingMetric.CycleTimeCalendarDays);
        Assert.True(cycle.After.Median < cycle.Before.Median, $"cycle time {cycle.Before.Median} before, {cycle.After.Median} after");
        Assert.True(cycle.MedianChangePercent < -25, $"cycle time changed {cycle.MedianChangePercent}%");
        Assert.True(cycle.After.Count >= 10, "enough after-launch partners are live to compare");
        var hours = comparison.For(OnboardingMetric.SupportHours);
        Assert.True(hours.After.Median < hours.Before.Median, $"support hours {hours.Before.Median} before, {hours.After.Median} after");
        var defects = comparison.For(OnboardingMetric.WeightedDefectsPer30ProductionDays);
        Assert.True(defects.After.Median < defects.Before.Median, $"weighted defects per 30 days {defects.Before.Median} before, {defects.After.Median} after");
    }

    [Fact]
    public void Generate_ContainsTheEdgeCasesTheReportsMustHandle()
    {
        var projects = History.Value.Partners.Select(p => p.Project).ToList();
        var stages = projects.SelectMany(p => p.Stages).ToList();

        Assert.InRange(projects.Count(p => !p.IsLive), 2, 10);
        Assert.Contains(stages, s => s.Status == StageStatus.Skipped);
        Assert.Contains(stages, s => s.Status == StageStatus.Blocked);
        Assert.Contains(projects.SelectMany(p => p.Events), e => e.Kind == StageEventKind.Reopened);
        Assert.Contains(projects.SelectMany(p => p.Events), e => e.Kind == StageEventKind.Unblocked);
        Assert.Contains(projects, p => p.Named("Hypercare").Status == StageStatus.InProgress);
        Assert.Contains(History.Value.Partners, p => p.Profile.Channel == IntegrationChannel.SaasPlatform);
        Assert.NotEmpty(History.Value.Partners.SelectMany(p => p.Defects));
    }

    [Fact]
    public void Generate_EveryInvariantHolds()
    {
        foreach (var partner in History.Value.Partners)
        {
            var project = partner.Project;
            var stageIds = project.Stages.Select(s => s.Id).ToHashSet();
            Assert.Equal(partner.Organisation.Id, project.PartnerId);
            Assert.Equal(partner.Organisation.Id, partner.Profile.PartnerId);
            foreach (var stage in project.Stages)
            {
                Assert.Equal(stage.Status is not (StageStatus.NotStarted or StageStatus.Skipped), stage.ActualStart is not null);
                Assert.Equal(stage.Status == StageStatus.Done, stage.ActualEnd is not null);
                Assert.True(stage.ActualEnd is null || stage.ActualEnd >= stage.ActualStart, $"{project.Name}: {stage.EnglishName} ends before it starts");
                Assert.True(stage.ActualStart is null || stage.ActualStart <= Today, $"{project.Name}: {stage.EnglishName} starts in the future");
                Assert.True(stage.ActualEnd is null || stage.ActualEnd <= Today, $"{project.Name}: {stage.EnglishName} ends in the future");
                Assert.Equal(stage.Status == StageStatus.Blocked, stage.BlockedReason is not null);
            }

            Assert.All(project.Events, e => Assert.True(e.At <= Today, $"{project.Name}: event in the future"));
            Assert.All(
                project.Events.GroupBy(e => e.StageId),
                g => Assert.True(g.Where(e => e.FromStatus != e.ToStatus).Select(e => e.At).SequenceEqual(g.Where(e => e.FromStatus != e.ToStatus).Select(e => e.At).Order())));
            Assert.All(partner.TimeEntries, t =>
            {
                Assert.Equal(partner.Organisation.Id, t.PartnerId);
                Assert.Contains(t.StageId!.Value, stageIds);
                Assert.InRange(t.Minutes, 1, TimeEntry.MaxMinutes);
                Assert.True(t.At <= Today);
            });
            Assert.All(partner.Defects, d =>
            {
                Assert.NotNull(project.GoLiveAt);
                Assert.InRange(d.FoundAt, project.GoLiveAt!.Value, Today);
                Assert.True(d.ResolvedAt is null || (d.ResolvedAt >= d.FoundAt && d.ResolvedAt <= Today));
                Assert.Contains(d.StageId!.Value, stageIds);
            });
        }
    }

    [Fact]
    public void Generate_ChecklistsAreTickedOnlyAccordingToTheSides()
    {
        foreach (var partner in History.Value.Partners)
        {
            foreach (var stage in partner.Project.Stages.Where(s => s.Side == StageSide.Bank))
            {
                Assert.All(stage.Checklist.Where(c => c.IsDone), c => Assert.StartsWith("demo-staff-", c.DoneBy, StringComparison.Ordinal));
            }
        }
    }

    private static string Describe(DemoHistorySet history)
    {
        var text = new StringBuilder();
        foreach (var partner in history.Partners)
        {
            var project = partner.Project;
            var stageNames = project.Stages.ToDictionary(s => s.Id, s => s.EnglishName);
            text.AppendLine(CultureInfo.InvariantCulture, $"{partner.Organisation.Name}|{partner.Profile.ApiVersion}|{string.Join(',', partner.Profile.Apis)}|{partner.Profile.Channel}|{partner.Profile.PlatformName}|{partner.Profile.TechnicalLeadEmail}");
            foreach (var stage in project.Stages)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {stage.EnglishName}|{stage.Status}|{stage.PlannedStart:O}|{stage.ActualStart:O}|{stage.ActualEnd:O}|{stage.BlockedReason}|{stage.OwnerUserId}|{string.Join(',', stage.Checklist.Select(c => c.DoneAt?.ToString("O", CultureInfo.InvariantCulture)))}");
            }

            foreach (var change in project.Events)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {change.Sequence}|{stageNames[change.StageId]}|{change.Kind}|{change.At:O}|{change.By}|{change.Detail}");
            }

            foreach (var entry in partner.TimeEntries)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  time|{stageNames[entry.StageId!.Value]}|{entry.Minutes}|{entry.At:O}|{entry.UserId}|{entry.Note}");
            }

            foreach (var defect in partner.Defects)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  defect|{defect.Severity}|{defect.FoundAt:O}|{defect.ResolvedAt:O}|{defect.Description}|{defect.ApiName}|{defect.DocPath}");
            }
        }

        return text.ToString();
    }
}
