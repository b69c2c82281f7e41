using System.Globalization;
using Bunit;
using Portal.Domain.Onboarding;
using Portal.Web.Features.Onboarding;

namespace Portal.Tests.Components;

public sealed class ProjectTimelineChartTests : ComponentTestContext
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Application done on time, agreement done late, sandbox blocked past its plan, the rest not started.</summary>
    private static (OnboardingProject Project, DateTimeOffset Now) Project()
    {
        var project = new OnboardingProject(Guid.NewGuid(), "Timeline", StageTemplate.Default(), Start, Start, "staff");
        var stages = project.Stages;
        stages[0].Start(Start, "staff");
        stages[0].Complete(Start.AddDays(4), "staff");
        stages[1].Start(Start.AddDays(5), "staff");
        stages[1].Complete(Start.AddDays(20), "staff");
        stages[2].Start(Start.AddDays(21), "staff");
        stages[2].Block("Sandbox certificate rejected", Start.AddDays(22), "staff");
        return (project, Start.AddDays(30));
    }

    [Fact]
    public void Timeline_ShowsEveryStageWithLateStagesMarkedAndTheBlockReason()
    {
        var (project, now) = Project();

        var chart = Render<ProjectTimelineChart>(p => p.Add(c => c.Project, project).Add(c => c.Now, now));

        var rows = chart.FindAll("[data-test=timeline-stage]");
        Assert.Equal(8, rows.Count);
        Assert.Equal(["false", "true", "true", "false"], rows.Take(4).Select(r => r.GetAttribute("data-late")));
        Assert.Equal("Blocked", rows[2].GetAttribute("data-status"));
        Assert.Contains("Sandbox certificate rejected", chart.Find("[data-test=blocked-reason]").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, chart.FindAll("[data-test=late]").Count);
    }

    [Fact]
    public void Timeline_DrawsPlanForEveryStageActualOnlyForStartedOnesAndTodayInsideTheRange()
    {
        var (project, now) = Project();

        var chart = Render<ProjectTimelineChart>(p => p.Add(c => c.Project, project).Add(c => c.Now, now));

        Assert.Equal(8, chart.FindAll("[data-test=plan-bar]").Count);
        Assert.Equal(3, chart.FindAll("[data-test=actual-bar]").Count);
        var today = chart.FindAll("[data-test=today-marker]");
        Assert.Equal(8, today.Count);
        var left = Percent(today[0].GetAttribute("style")!, "left");
        Assert.InRange(left, 1, 99);

        // The blocked sandbox's actual bar runs to today: its right edge is the today marker.
        var sandbox = chart.FindAll("[data-test=timeline-stage]")[2].QuerySelector("[data-test=actual-bar]")!.GetAttribute("style")!;
        Assert.Equal(left, Percent(sandbox, "left") + Percent(sandbox, "width"), 1);
        Assert.Contains("blocked", chart.FindAll("[data-test=actual-bar]")[2].ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_InChinese_ShowsTheChineseStageNames()
    {
        UseCulture("zh-CN");
        var (project, now) = Project();

        var chart = Render<ProjectTimelineChart>(p => p.Add(c => c.Project, project).Add(c => c.Now, now));

        Assert.Contains("签署协议", chart.FindAll("[data-test=timeline-stage]")[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("逾期", chart.Markup, StringComparison.Ordinal);
    }

    private static double Percent(string style, string property)
    {
        var part = style.Split(';').Single(p => p.StartsWith(property + ":", StringComparison.Ordinal));
        return double.Parse(part[(property.Length + 1)..].TrimEnd('%'), CultureInfo.InvariantCulture);
    }
}
