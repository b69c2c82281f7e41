using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Metrics;
using Portal.Domain.Onboarding;
using Portal.Infrastructure.Persistence;

namespace Portal.Web.Features.Reports;

/// <summary>The period a report covers: partners whose application falls in [From, To).</summary>
public sealed record ReportPeriod(DateTimeOffset From, DateTimeOffset To)
{
    public bool Contains(DateTimeOffset? at) => at is { } value && value >= From && value < To;
}

/// <summary>A stage's duration with whose it is, for drill-down.</summary>
public sealed record StageDurationRow(string PartnerName, Guid ProjectId, StageDuration Duration);

/// <summary>One post-launch defect with its partner, for drill-down.</summary>
public sealed record DefectRow(string PartnerName, Guid ProjectId, DefectSeverity Severity, DateTimeOffset FoundAt, string Description);

/// <summary>Everything the dashboard and the CSV show for one period; both come from here so they cannot disagree.</summary>
public sealed record OnboardingReportData(
    ReportPeriod Period,
    DateTimeOffset Now,
    IReadOnlyList<PartnerOnboardingRow> Rows,
    IReadOnlyList<StageDurationRow> StageDurations,
    IReadOnlyList<DefectRow> Defects)
{
    /// <summary>Cycle time in calendar days of partners that went live, by the quarter of their go-live.</summary>
    public IReadOnlyList<(CalendarQuarter Quarter, Spread Spread, IReadOnlyList<PartnerOnboardingRow> Rows)> CycleTimeByQuarter =>
    [
        .. Quarterly.Group(Rows.Where(r => r.CycleTimeCalendarDays is not null), r => r.GoLiveAt)
            .Select(g => (g.Key, Statistics.Describe(g.Select(r => (double)r.CycleTimeCalendarDays!.Value))!, (IReadOnlyList<PartnerOnboardingRow>)[.. g])),
    ];

    /// <summary>Finished stages only: an open stage has no final duration yet.</summary>
    public IReadOnlyList<StageDurationSummary> StageSummaries =>
        StageReport.Summaries(StageDurations.Where(d => d.Duration.Status == StageStatus.Done).Select(d => d.Duration));

    public StageDurationSummary? Bottleneck =>
        StageReport.Bottleneck(StageDurations.Where(d => d.Duration.Status == StageStatus.Done && d.Duration.StageName != "Hypercare").Select(d => d.Duration));

    public CohortComparison Compare(DateTimeOffset cutoff) => Cohorts.Compare(Rows, cutoff);
}

/// <summary>
/// The managers' onboarding report: one row per project whose application falls in the period,
/// computed by the pure metrics of Portal.Domain from what is stored. Support hours are all of the
/// partner's time (stages and tickets); with several projects, ticket time counts for each.
/// </summary>
public sealed class OnboardingReportService(PortalDbContextFactory contexts, TimeProvider clock)
{
    public static readonly string[] CsvColumns =
    [
        "partner_id", "partner", "project_id", "application_at", "go_live_at", "cycle_time_calendar_days", "cycle_time_business_days",
        "plan_variance_days", "support_hours", "support_hours_before_go_live", "support_hours_after_go_live", "post_launch_defects",
        "weighted_post_launch_defects", "defects_per_30_production_days", "weighted_defects_per_30_production_days", "deflection_rate",
    ];

    public ReportPeriod DefaultPeriod()
    {
        var today = clock.GetUtcNow().UtcDateTime.Date;
        return new ReportPeriod(new DateTimeOffset(today.AddYears(-2), TimeSpan.Zero), new DateTimeOffset(today.AddDays(1), TimeSpan.Zero));
    }

    /// <summary>The demo history's portal launch (a year ago) is a sensible first cutoff; managers choose their own.</summary>
    public DateTimeOffset DefaultCutoff() => new(clock.GetUtcNow().UtcDateTime.Date.AddDays(-DemoHistory.HistoryDays / 2), TimeSpan.Zero);

    /// <summary>The assistant's deflection per month of the period: questions answered without escalation, over all questions.</summary>
    public async Task<(DeflectionFigure Overall, IReadOnlyList<MonthlyDeflection> Months)> DeflectionAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateSystemDbContext();
        var questions = await db.AssistantExchanges.AsNoTracking()
            .Where(e => e.At >= period.From && e.At < period.To)
            .Select(e => new AssistantQuestion(e.At, e.Answered, e.Escalated))
            .ToListAsync(cancellationToken);
        return (DeflectionMetrics.Overall(questions), DeflectionMetrics.PerMonth(questions, period.From, period.To));
    }

    public async Task<OnboardingReportData> BuildAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = contexts.CreateDbContext();
        var projects = await db.OnboardingProjects.AsNoTracking()
            .Include(p => p.Stages).Include(p => p.Events)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var partnerNames = await db.Partners.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var time = (await db.TimeEntries.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(t => t.PartnerId);
        var defects = (await db.PostLaunchDefects.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(d => d.PartnerId);

        var rows = new List<PartnerOnboardingRow>();
        var durations = new List<StageDurationRow>();
        var defectRows = new List<DefectRow>();
        foreach (var project in projects.Where(p => period.Contains(p.ApplicationAt)))
        {
            var name = partnerNames.GetValueOrDefault(project.PartnerId, "");
            var timeline = ProjectTimeline.From(project);
            var stageIds = project.Stages.Select(s => s.Id).ToHashSet();
            var logs = time[project.PartnerId].Where(t => t.StageId is null || stageIds.Contains(t.StageId.Value)).Select(TimeLog.From);
            var ownDefects = defects[project.PartnerId].Where(d => d.ProjectId is null || d.ProjectId == project.Id).ToList();
            rows.Add(OnboardingReport.Row(name, timeline, logs, ownDefects.Select(DefectLog.From), now));
            durations.AddRange(CycleTimeMetrics.StageDurations(timeline, now).Select(d => new StageDurationRow(name, project.Id, d)));
            if (project.GoLiveAt is { } live)
            {
                defectRows.AddRange(ownDefects.Where(d => d.FoundAt >= live && d.FoundAt <= now)
                    .Select(d => new DefectRow(name, project.Id, d.Severity, d.FoundAt, d.Description)));
            }
        }

        return new OnboardingReportData(period, now, [.. rows.OrderBy(r => r.ApplicationAt)], durations, defectRows);
    }

    /// <summary>RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break quoted with doubled quotes. Numbers use a dot.</summary>
    public static string ToCsv(IEnumerable<PartnerOnboardingRow> rows)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', CsvColumns)).Append("\r\n");
        foreach (var r in rows)
        {
            string?[] fields =
            [
                r.PartnerId.ToString(), Text(r.PartnerName), r.ProjectId.ToString(), Date(r.ApplicationAt), Date(r.GoLiveAt),
                Number(r.CycleTimeCalendarDays), Number(r.CycleTimeBusinessDays), Number(r.PlanVarianceDays), Number(r.SupportHours),
                Number(r.SupportHoursBeforeGoLive), Number(r.SupportHoursAfterGoLive), Number(r.PostLaunchDefects), Number(r.WeightedPostLaunchDefects),
                Number(r.DefectsPer30ProductionDays), Number(r.WeightedDefectsPer30ProductionDays), Number(r.DeflectionRate),
            ];
            csv.Append(string.Join(',', fields.Select(Field))).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Field(string? value) =>
        value is null ? ""
        : value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;

    // A name starting with = + - @ would be a formula in a spreadsheet; the quote keeps it text.
    private static string Text(string value) => value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;

    private static string? Date(DateTimeOffset? at) => at?.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string? Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
