using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Assistant;
using Portal.Domain.Metrics;
using Portal.Domain.Onboarding;
using Portal.Domain.Partners;
using Portal.Infrastructure.Persistence;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>The managers' onboarding report over the seeded demo history, through real HTTP: the CSV says what the dashboard shows, and partners reach neither.</summary>
public sealed class OnboardingReportsTests(PortalApplicationFactory factory) : IClassFixture<PortalApplicationFactory>
{
    [Fact]
    public async Task Csv_ForTheDemoHistory_HasTheDashboardsRowsAndCohortNumbers()
    {
        var manager = await factory.SignInAsync("manager@demo.local");
        var cutoff = DateTime.UtcNow.Date.AddDays(-DemoHistory.HistoryDays / 2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var csvResponse = await manager.GetAsync("/api/reports/onboarding.csv");
        var html = await manager.GetStringAsync($"/reports/onboarding?cutoff={cutoff}");

        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        var csv = ParseCsv(await csvResponse.Content.ReadAsStringAsync());
        var header = csv[0];
        var rows = csv.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        var page = new HtmlParser().ParseDocument(html);

        // Every demo partner that has applied (about 40, plus Acme and Globex) is a row of both.
        Assert.InRange(rows.Count, 40, 45);
        Assert.Equal(rows.Count.ToString(CultureInfo.InvariantCulture), page.QuerySelector("[data-test=kpi-partners] a")!.TextContent.Trim());
        Assert.Contains(rows, r => r["partner"] == DemoData.AcmeName && r["go_live_at"] == "");

        var cutoffAt = DateTimeOffset.Parse(cutoff + "T00:00:00Z", CultureInfo.InvariantCulture);
        var before = rows.Where(r => DateTimeOffset.Parse(r["application_at"], CultureInfo.InvariantCulture) < cutoffAt).ToList();
        var after = rows.Except(before).ToList();
        Assert.Equal($"Before: {before.Count} partners", page.QuerySelector("[data-test=cohort-before-count]")!.TextContent.Trim());
        Assert.Equal($"After: {after.Count} partners", page.QuerySelector("[data-test=cohort-after-count]")!.TextContent.Trim());

        foreach (var (metric, column, liveOnly) in new[]
        {
            (OnboardingMetric.CycleTimeCalendarDays, "cycle_time_calendar_days", false),
            (OnboardingMetric.SupportHours, "support_hours", true),
            (OnboardingMetric.WeightedDefectsPer30ProductionDays, "weighted_defects_per_30_production_days", false),
        })
        {
            var row = page.QuerySelector($"[data-test=cohort-row][data-metric={metric}]")!;
            Assert.Equal(Median(before, column, liveOnly), row.QuerySelector("[data-test=before-median]")!.TextContent.Trim());
            Assert.Equal(Median(after, column, liveOnly), row.QuerySelector("[data-test=after-median]")!.TextContent.Trim());
        }

        // The demo story: onboarding got faster after the portal's launch.
        var cycle = page.QuerySelector("[data-test=cohort-row][data-metric=CycleTimeCalendarDays] [data-test=median-change]")!.TextContent.Trim();
        Assert.StartsWith("-", cycle, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ShowsTheAssistantsDeflectionForThePeriod()
    {
        // March 2019: before any demo history, so only these four questions are in the period.
        var at = new DateTimeOffset(2019, 3, 10, 9, 0, 0, TimeSpan.Zero);
        await factory.WithDatabaseAsync(async db =>
        {
            AssistantExchange Asked(bool answered) => new(Guid.NewGuid(), "How do I renew a consent?", null, null, "v2", null, answered ? 0.9 : 0.1, answered, at);
            var escalated = Asked(answered: true);
            escalated.MarkEscalated();
            db.AssistantExchanges.AddRange(Asked(answered: true), Asked(answered: true), escalated, Asked(answered: false));
            return await db.SaveChangesAsync();
        });
        var manager = await factory.SignInAsync("manager@demo.local");

        var html = WebUtility.HtmlDecode(await manager.GetStringAsync("/reports/onboarding?from=2019-03-01&to=2019-04-01"));

        Assert.Contains("2 of 4 questions answered without escalation", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_ForAPeriod_KeepsOnlyPartnersThatAppliedInItAndQuotesNamesWithCommas()
    {
        var partner = new PartnerOrganisation("Comma, \"Quoted\" Ltd", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var applied = new DateTimeOffset(2020, 5, 4, 9, 0, 0, TimeSpan.Zero);
        var project = new OnboardingProject(partner.Id, "Old", StageTemplate.Default(), applied, applied, "tester");
        project.Stages[0].Start(applied, "tester");
        await factory.WithDatabaseAsync(async db =>
        {
            db.Partners.Add(partner);
            db.OnboardingProjects.Add(project);
            db.Entry(project).Property(p => p.TemplateId).CurrentValue = null;
            return await db.SaveChangesAsync();
        });
        var manager = await factory.SignInAsync("admin@demo.local");

        var text = await manager.GetStringAsync("/api/reports/onboarding.csv?from=2020-01-01&to=2021-01-01");
        var invalid = await manager.GetAsync("/api/reports/onboarding.csv?from=yesterday");

        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("partner_id,partner,project_id,application_at,go_live_at,cycle_time_calendar_days", lines[0], StringComparison.Ordinal);
        Assert.Contains(",\"Comma, \"\"Quoted\"\" Ltd\",", lines[1], StringComparison.Ordinal);
        Assert.Contains(",2020-05-04T09:00:00Z,,", lines[1], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Fact]
    public async Task Partner_CannotReachReportsNorAnotherPartnersTimeline()
    {
        var globexProject = await factory.WithDatabaseAsync(db =>
            db.OnboardingProjects.Where(p => p.Name == DemoData.GlobexName + DemoHistory.ProjectNameSuffix).Select(p => p.Id).SingleAsync());
        var acmeProject = await factory.WithDatabaseAsync(db =>
            db.OnboardingProjects.Where(p => p.Name == DemoData.AcmeName + DemoHistory.ProjectNameSuffix).Select(p => p.Id).SingleAsync());
        var acmeDeveloper = await factory.SignInAsPartnerAsync();
        var support = await factory.SignInAsync("support@demo.local");

        var report = await acmeDeveloper.GetAsync("/reports/onboarding");
        var csv = await acmeDeveloper.GetAsync("/api/reports/onboarding.csv");
        var supportCsv = await support.GetAsync("/api/reports/onboarding.csv");
        var other = await acmeDeveloper.GetAsync($"/onboarding/projects/{globexProject}");
        var own = await acmeDeveloper.GetStringAsync($"/onboarding/projects/{acmeProject}");
        var mine = await acmeDeveloper.GetStringAsync("/my-onboarding");

        Assert.Contains("/Account/AccessDenied", report.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, supportCsv.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain(DemoData.GlobexName, await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("data-test=\"timeline\"", own, StringComparison.Ordinal);
        Assert.Contains("Implement the consent flow", own, StringComparison.Ordinal);
        Assert.Contains(DemoData.AcmeName + DemoHistory.ProjectNameSuffix, mine, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoData.GlobexName, mine, StringComparison.Ordinal);
    }

    private static string Median(List<Dictionary<string, string>> rows, string column, bool liveOnly)
    {
        var values = rows.Where(r => !liveOnly || r["go_live_at"].Length > 0)
            .Select(r => r[column]).Where(v => v.Length > 0)
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture));
        return Statistics.Median(values)?.ToString("0.#", CultureInfo.InvariantCulture) ?? "–";
    }

    /// <summary>RFC 4180, written independently of the exporter: quoted fields, doubled quotes, CRLF between records.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        text = text.TrimStart('\uFEFF');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}
