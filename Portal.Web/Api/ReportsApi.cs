using System.Globalization;
using System.Text;
using Portal.Web.Features.Reports;
using Portal.Web.Security;

namespace Portal.Web.Api;

/// <summary>Report exports for managers; the same rows as the dashboard for the same period.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/reports/onboarding.csv", async (string? from, string? to, OnboardingReportService reports, CancellationToken ct) =>
            {
                var period = reports.DefaultPeriod();
                if (!TryDate(from, period.From, out var start) || !TryDate(to, period.To, out var end))
                {
                    return Results.Problem("Dates are written as yyyy-MM-dd.", statusCode: StatusCodes.Status400BadRequest);
                }

                if (end <= start)
                {
                    return Results.Problem("The period must end after it starts.", statusCode: StatusCodes.Status400BadRequest);
                }

                var data = await reports.BuildAsync(new ReportPeriod(start, end), ct);
                var csv = OnboardingReportService.ToCsv(data.Rows);
                return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8",
                    $"onboarding-{start:yyyy-MM-dd}-{end:yyyy-MM-dd}.csv");
            })
            .RequireAuthorization(Policies.Manager)
            .WithTags("Reports")
            .WithSummary("One row per onboarding project whose application falls in [from, to) (yyyy-MM-dd, default the last two years): cycle time, support hours, post-launch defects.");
        return endpoints;
    }

    /// <summary>A yyyy-MM-dd date as midnight UTC; empty means the default.</summary>
    public static bool TryDate(string? text, DateTimeOffset fallback, out DateTimeOffset value)
    {
        value = fallback;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = new DateTimeOffset(date, TimeSpan.Zero);
            return true;
        }

        return false;
    }
}
