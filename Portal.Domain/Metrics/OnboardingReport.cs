namespace Portal.Domain.Metrics;

/// <summary>The numbers a cohort comparison can compare. Stored by name in saved report settings: never rename.</summary>
public enum OnboardingMetric
{
    CycleTimeCalendarDays,
    CycleTimeBusinessDays,
    SupportHours,
    SupportHoursBeforeGoLive,
    SupportHoursAfterGoLive,
    PostLaunchDefects,
    WeightedPostLaunchDefects,
    DefectsPer30ProductionDays,
    WeightedDefectsPer30ProductionDays,
    DeflectionRate,
}

/// <summary>
/// One partner's onboarding in numbers: a row of the report, its CSV export and the input of a
/// cohort comparison. Values that need go-live are null until the partner is live.
/// </summary>
public sealed record PartnerOnboardingRow(
    Guid PartnerId,
    string PartnerName,
    Guid ProjectId,
    DateTimeOffset? ApplicationAt,
    DateTimeOffset? GoLiveAt,
    int? CycleTimeCalendarDays,
    int? CycleTimeBusinessDays,
    double? PlanVarianceDays,
    double SupportHours,
    double SupportHoursBeforeGoLive,
    double SupportHoursAfterGoLive,
    int? PostLaunchDefects,
    int? WeightedPostLaunchDefects,
    double? DefectsPer30ProductionDays,
    double? WeightedDefectsPer30ProductionDays,
    double? DeflectionRate)
{
    public bool IsLive => GoLiveAt is not null;

    /// <summary>
    /// The value a comparison counts. Support hours count only once the partner is live: the
    /// hours of a partner still onboarding are incomplete and would flatter the recent cohort.
    /// </summary>
    public double? Value(OnboardingMetric metric) => metric switch
    {
        OnboardingMetric.CycleTimeCalendarDays => CycleTimeCalendarDays,
        OnboardingMetric.CycleTimeBusinessDays => CycleTimeBusinessDays,
        OnboardingMetric.SupportHours => IsLive ? SupportHours : null,
        OnboardingMetric.SupportHoursBeforeGoLive => IsLive ? SupportHoursBeforeGoLive : null,
        OnboardingMetric.SupportHoursAfterGoLive => IsLive ? SupportHoursAfterGoLive : null,
        OnboardingMetric.PostLaunchDefects => PostLaunchDefects,
        OnboardingMetric.WeightedPostLaunchDefects => WeightedPostLaunchDefects,
        OnboardingMetric.DefectsPer30ProductionDays => DefectsPer30ProductionDays,
        OnboardingMetric.WeightedDefectsPer30ProductionDays => WeightedDefectsPer30ProductionDays,
        OnboardingMetric.DeflectionRate => DeflectionRate,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not an onboarding metric."),
    };
}

public static class OnboardingReport
{
    /// <param name="timeLogs">All of the partner's time: on its stages and on its tickets.</param>
    /// <param name="questions">The partner's assistant questions, when assistant data exists.</param>
    public static PartnerOnboardingRow Row(
        string partnerName,
        ProjectTimeline project,
        IEnumerable<TimeLog> timeLogs,
        IEnumerable<DefectLog> defects,
        DateTimeOffset now,
        BusinessCalendar? calendar = null,
        IEnumerable<QuestionOutcome>? questions = null)
    {
        var cycle = CycleTimeMetrics.Of(project, calendar);
        var hours = SupportHoursMetrics.Of(timeLogs, project.GoLiveAt);
        var postLaunch = DefectMetrics.PostLaunch(defects, project.GoLiveAt, now);
        return new PartnerOnboardingRow(
            project.PartnerId,
            partnerName,
            project.ProjectId,
            project.ApplicationAt,
            project.GoLiveAt,
            cycle?.CalendarDays,
            cycle?.BusinessDays,
            CycleTimeMetrics.PlanVarianceDays(project),
            hours.TotalHours,
            hours.BeforeGoLiveHours,
            hours.AfterGoLiveHours,
            postLaunch?.Count,
            postLaunch?.WeightedCount,
            postLaunch?.PerThirtyDays,
            postLaunch?.WeightedPerThirtyDays,
            questions is null ? null : ContentMetrics.DeflectionRate(questions));
    }
}
