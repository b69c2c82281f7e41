using Portal.Domain.Partners;

namespace Portal.Domain.Onboarding;

/// <summary>One demo partner with everything a seeder persists for it.</summary>
/// <param name="PartnerUserId">The user id the demo uses for the partner's technical lead; a seeder creates that user or maps the id.</param>
public sealed record DemoPartner(
    PartnerOrganisation Organisation,
    PartnerProfile Profile,
    OnboardingProject Project,
    IReadOnlyList<TimeEntry> TimeEntries,
    IReadOnlyList<PostLaunchDefect> Defects,
    string PartnerUserId,
    bool AppliedBeforeLaunch);

public sealed record DemoHistorySet(
    DateTimeOffset Today,
    DateTimeOffset PortalLaunch,
    StageTemplate Template,
    IReadOnlyList<DemoPartner> Partners);

/// <summary>
/// A made-up but believable two-year onboarding history, so the first look at the reports tells a
/// story: partners that applied before the portal's launch (a year before <c>today</c>) needed
/// longer sandbox set-up, development and joint testing, more support hours, and had more defects
/// after go-live than those that applied after it. The same <c>today</c> always gives the same
/// history (fixed seed); only the entities' ids differ between runs. Everything is labelled as
/// demo data in the project names, and it is never meant for Production.
/// </summary>
public static class DemoHistory
{
    public const int Seed = 20240611;
    public const int HistoryDays = 730;
    public const string ProjectNameSuffix = " onboarding (demo data)";

    /// <summary>Bank-side user ids the demo acts as; a seeder creates these users or maps the ids.</summary>
    public static readonly IReadOnlyList<string> StaffUserIds =
        ["demo-staff-amelia", "demo-staff-bilal", "demo-staff-chen", "demo-staff-dora"];

    // Index-chosen so every run has the edge cases the reports must handle.
    private const int ReopenedPartner = 6;
    private const int SkippingPartner = 31;
    private static readonly int[] BlockedNowPartners = [37, 39];

    private static readonly (string Name, string Industry)[] Partners =
    [
        ("Initech Ledger", "Accounting software"),
        ("Umbrella Pay", "Payments"),
        ("Globex Treasury", "Treasury management"),
        ("Hooli Invoicing", "Invoicing"),
        ("Stark Payroll", "Payroll"),
        ("Wayne Expenses", "Expense management"),
        ("Acme Books", "Accounting software"),
        ("Soylent Commerce", "E-commerce"),
        ("Cyberdyne Billing", "Subscription billing"),
        ("Tyrell Receivables", "Receivables finance"),
        ("Wonka Retail POS", "Retail"),
        ("Vandelay Trade", "Import and export"),
        ("Massive Dynamic ERP", "ERP"),
        ("Pied Piper Accounts", "Accounting software"),
        ("Oscorp Procurement", "Procurement"),
        ("Nakatomi Logistics", "Logistics"),
        ("Aperture Payments", "Payments"),
        ("Black Mesa Grants", "Non-profit"),
        ("Gringotts Wealth", "Wealth management"),
        ("Monarch Property Rent", "Property management"),
        ("Dunder Paper Supply", "Wholesale"),
        ("Sterling Cooper Media", "Advertising"),
        ("Bluth Homes", "Property development"),
        ("Prestige Worldwide FX", "Foreign exchange"),
        ("Krusty Franchise Pay", "Hospitality"),
        ("Blue Sun Freight", "Logistics"),
        ("Weyland Fleet", "Transport"),
        ("Virtucon Treasury", "Treasury management"),
        ("Gekko Capital Ops", "Asset management"),
        ("Duff Distribution", "Beverage distribution"),
        ("Ollivander Craft Retail", "Retail"),
        ("Rekall Travel Expense", "Travel"),
        ("Zorg Industries Pay", "Manufacturing"),
        ("Yoyodyne Payroll", "Payroll"),
        ("Spacely Sprockets ERP", "Manufacturing"),
        ("Cogswell Cogs Billing", "Subscription billing"),
        ("Kwik Mart POS", "Retail"),
        ("Los Pollos Ordering", "Hospitality"),
        ("Nimbus Clinic Pay", "Healthcare"),
        ("Lumon Benefits", "Employee benefits"),
    ];

    private static readonly string[] Platforms = ["LedgerCloud", "ShopStack", "PayrollHub"];
    private static readonly string[] OptionalApis = ["Payments", "Webhooks", "International payments"];
    private static readonly string[] FirstNames = ["Priya", "Tom", "Mei", "Lucas", "Aisha", "Jonas", "Sofia", "Ravi", "Hannah", "Kenji", "Olga", "Mateo"];
    private static readonly string[] LastNames = ["Shah", "Becker", "Lin", "Moreau", "Okoye", "Novak", "Costa", "Iyer", "Fischer", "Sato", "Ivanova", "Garcia"];

    // Before / after launch, as multiples of the template's planned duration. The portal's docs,
    // self-service sandbox and assistant are what make the after-launch numbers smaller.
    private static readonly Dictionary<string, (double Before, double After)> Pace = new(StringComparer.Ordinal)
    {
        ["Application"] = (1.2, 0.8),
        ["Agreement signed"] = (1.3, 1.0),
        ["Sandbox access"] = (2.0, 0.5),
        ["Development"] = (2.0, 1.0),
        ["Joint testing"] = (2.2, 1.0),
        ["Security review"] = (1.3, 1.0),
        ["Production go-live"] = (1.0, 0.8),
        ["Hypercare"] = (1.0, 1.0),
    };

    private static readonly Dictionary<string, string> BlockReasons = new(StringComparer.Ordinal)
    {
        ["Agreement signed"] = "Waiting for the partner's legal team to return the signed agreement",
        ["Sandbox access"] = "Sandbox certificate rejected: wrong key usage",
        ["Development"] = "Partner's developers moved to another project for two weeks",
        ["Joint testing"] = "Waiting for the partner's test accounts and data",
    };

    private static readonly Dictionary<string, string> WorkNotes = new(StringComparer.Ordinal)
    {
        ["Application"] = "Kick-off call",
        ["Agreement signed"] = "Agreement questions",
        ["Sandbox access"] = "Sandbox credentials troubleshooting",
        ["Development"] = "Developer questions call",
        ["Joint testing"] = "Test scenario review",
        ["Security review"] = "Penetration test report review",
        ["Production go-live"] = "Go-live call",
        ["Hypercare"] = "Hypercare check-in",
    };

    private static readonly string[] DefectDescriptions =
    [
        "Payment status webhooks not acknowledged, so the bank kept retrying them",
        "Expired consents not handled: customers were silently logged out",
        "Signature mismatch on payee names with non-ASCII characters",
        "Duplicate payments sent when a request timed out and was retried",
        "Wrong rounding of amounts in international payments",
        "Transaction list stops after the first page",
        "Raw API error codes shown to end users",
        "Token refresh race under load caused failed calls",
    ];

    private static readonly string[] DefectDocPages = ["errors", "authentication/signing", "webhooks", "consents", "payments/domestic-payments"];

    public static DemoHistorySet Generate(DateTimeOffset today)
    {
        var random = new Random(Seed);
        var template = StageTemplate.Default();
        var launch = today.AddDays(-HistoryDays / 2);
        var first = today.AddDays(-HistoryDays);
        var spacing = (HistoryDays - 21.0) / Partners.Length;
        var partners = new List<DemoPartner>(Partners.Length);
        for (var i = 0; i < Partners.Length; i++)
        {
            var applied = OnWorkingDay(first.AddDays((i * spacing) + (random.NextDouble() * spacing * 0.8)), random);
            partners.Add(new PartnerSimulation(i, applied, applied < launch, today, template, random).Run());
        }

        return new DemoHistorySet(today, launch, template, partners);
    }

    /// <summary>The same day at a random office-hours time (08:00 to 17:00 UTC), moved to Monday when it falls on a weekend.</summary>
    private static DateTimeOffset OnWorkingDay(DateTimeOffset day, Random random)
    {
        var date = day.UtcDateTime.Date;
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            date = date.AddDays(1);
        }

        return new DateTimeOffset(date, TimeSpan.Zero).AddMinutes((8 * 60) + random.Next(0, 9 * 60));
    }

    /// <summary>A working-day moment at least <paramref name="days"/> after <paramref name="earliest"/> and strictly after it.</summary>
    private static DateTimeOffset After(DateTimeOffset earliest, double days, Random random)
    {
        var at = OnWorkingDay(earliest.AddDays(days), random);
        return at > earliest ? at : OnWorkingDay(earliest.AddDays(1), random);
    }

    private static string Slug(string name) =>
        string.Join('-', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static int Poisson(double mean, Random random)
    {
        var limit = Math.Exp(-mean);
        var count = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble())
        {
            count++;
        }

        return count;
    }

    /// <summary>One partner's history, acted out through the domain's own methods so every rule and event is real.</summary>
    private sealed class PartnerSimulation
    {
        private readonly int _index;
        private readonly DateTimeOffset _applied;
        private readonly bool _before;
        private readonly DateTimeOffset _today;
        private readonly Random _random;
        private readonly PartnerOrganisation _organisation;
        private readonly PartnerProfile _profile;
        private readonly OnboardingProject _project;
        private readonly string _owner;
        private readonly string _partnerUser;
        private readonly List<TimeEntry> _time = [];

        public PartnerSimulation(int index, DateTimeOffset applied, bool before, DateTimeOffset today, StageTemplate template, Random random)
        {
            _index = index;
            _applied = applied;
            _before = before;
            _today = today;
            _random = random;
            var (name, industry) = Partners[index];
            _organisation = new PartnerOrganisation(name, applied.AddDays(-random.Next(1, 21)));
            _owner = StaffUserIds[index % StaffUserIds.Count];
            _partnerUser = "demo-partner-" + Slug(name);
            _profile = Profile(name, industry);
            _project = new OnboardingProject(_organisation.Id, name + ProjectNameSuffix, template, applied, applied, _owner);
        }

        public DemoPartner Run()
        {
            var cursor = _applied;
            var previousWasGoLive = false;
            foreach (var stage in _project.Stages)
            {
                stage.AssignOwner(stage.Side == StageSide.Bank ? _owner : _partnerUser);
                if (_index == SkippingPartner && stage.EnglishName == "Sandbox access")
                {
                    stage.Skip("Already holds sandbox credentials from an earlier pilot", cursor, _owner);
                    continue;
                }

                // Hypercare begins the moment the partner is live; other stages after a short hand-over.
                var start = stage.Position == 0 ? _applied
                    : previousWasGoLive ? cursor
                    : After(cursor, _random.NextDouble() * 2, _random);
                if (start > _today || !RunStage(stage, start))
                {
                    break;
                }

                cursor = stage.ActualEnd!.Value;
                previousWasGoLive = stage.IsGoLive;
            }

            var defects = _project.IsLive ? Defects() : [];
            return new DemoPartner(_organisation, _profile, _project, _time, defects, _partnerUser, _before);
        }

        private PartnerProfile Profile(string name, string industry)
        {
            var profile = new PartnerProfile(_organisation.Id);
            var apis = new List<string> { "Accounts", "Consents" };
            apis.AddRange(OptionalApis.Where(_ => _random.NextDouble() < 0.5));
            profile.SetIntegration(_before && _random.NextDouble() < 0.6 ? "v1" : "v2", apis);
            if (_index % 3 == 1)
            {
                profile.SetChannel(IntegrationChannel.SaasPlatform, Platforms[_random.Next(Platforms.Length)]);
            }

            var first = FirstNames[_random.Next(FirstNames.Length)];
            var last = LastNames[_random.Next(LastNames.Length)];
            profile.SetTechnicalLead($"{first} {last}", $"{first}.{last}@{Slug(name)}.example".ToLowerInvariant());
            profile.AssignAccountOwner(_owner);
            profile.SetIndustry(industry);
            return profile;
        }

        /// <summary>Plays one stage up to today; true when it was completed.</summary>
        private bool RunStage(OnboardingStage stage, DateTimeOffset start)
        {
            var actor = stage.Side == StageSide.Bank ? _owner : _partnerUser;
            var (before, after) = Pace[stage.EnglishName];
            var days = stage.EnglishName == "Hypercare"
                ? stage.PlannedLength.TotalDays
                : Math.Max(0.2, stage.PlannedLength.TotalDays * (_before ? before : after) * (0.75 + (_random.NextDouble() * 0.6)));
            var end = start.AddDays(days);
            var actions = new List<(DateTimeOffset At, Action Apply)> { (start, () => stage.Start(start, actor)) };

            if (BlockReasons.TryGetValue(stage.EnglishName, out var reason) && _random.NextDouble() < (_before ? 0.35 : 0.12))
            {
                var blockAt = start + ((end - start) * (0.3 + (_random.NextDouble() * 0.3)));
                var blockedDays = _before ? _random.Next(3, 15) : _random.Next(2, 7);
                var unblockAt = blockAt.AddDays(blockedDays);
                end = end.AddDays(blockedDays);
                actions.Add((blockAt, () => stage.Block(reason, blockAt, actor)));
                actions.Add((unblockAt, () => stage.Unblock(unblockAt, _owner)));
            }

            if (_index == ReopenedPartner && stage.EnglishName == "Security review")
            {
                end = ReopenJointTesting(start, end, actions);
            }

            end = After(end, 0, _random);
            foreach (var item in stage.Checklist.Where(_ => _random.NextDouble() < 0.92))
            {
                var at = start + ((end - start) * _random.NextDouble());
                actions.Add((at, () => stage.TickItem(item.Id, stage.Side, actor, at)));
            }

            actions.Add((end, () => stage.Complete(end, actor)));
            LogTime(stage, start, end);

            foreach (var (at, apply) in actions.OrderBy(a => a.At))
            {
                if (at > _today)
                {
                    BlockIfAsked(stage);
                    return false;
                }

                apply();
            }

            return true;
        }

        /// <summary>The security review finds that joint testing missed something: it is reopened, redone, and the review waits for it.</summary>
        private DateTimeOffset ReopenJointTesting(DateTimeOffset reviewStart, DateTimeOffset reviewEnd, List<(DateTimeOffset At, Action Apply)> actions)
        {
            var testing = _project.Stages.Single(s => s.EnglishName == "Joint testing");
            var reopenAt = reviewStart.AddDays(1.5);
            var redoneAt = reopenAt.AddDays(5);
            actions.Add((reopenAt, () => testing.Reopen(reopenAt, _owner, "Security review found webhook callbacks without signature checks")));
            actions.Add((redoneAt, () => testing.Complete(redoneAt, _partnerUser)));
            LogTime(testing, reopenAt, redoneAt);
            var after = redoneAt.AddDays(2);
            return after > reviewEnd ? after : reviewEnd;
        }

        private void BlockIfAsked(OnboardingStage stage)
        {
            if (Array.IndexOf(BlockedNowPartners, _index) >= 0 && stage.Status == StageStatus.InProgress)
            {
                var since = stage.StatusChangedAt!.Value;
                stage.Block("Waiting for the partner's production certificate request", since + ((_today - since) / 2), _owner);
            }
        }

        private void LogTime(OnboardingStage stage, DateTimeOffset start, DateTimeOffset end)
        {
            var count = stage.EnglishName switch
            {
                "Application" => 1,
                "Hypercare" => _before ? _random.Next(4, 9) : _random.Next(1, 4),
                _ => _before ? _random.Next(2, 7) : _random.Next(1, 4),
            };
            var until = end < _today ? end : _today;
            for (var n = 0; n < count; n++)
            {
                var at = start + ((until - start) * _random.NextDouble());
                var minutes = 15 * (_before ? _random.Next(2, 11) : _random.Next(1, 7));
                var who = _random.NextDouble() < 0.7 ? _owner : StaffUserIds[_random.Next(StaffUserIds.Count)];
                if (at <= _today)
                {
                    _time.Add(TimeEntry.OnStage(_organisation.Id, stage.Id, who, minutes, at, WorkNotes[stage.EnglishName]));
                }
            }
        }

        private List<PostLaunchDefect> Defects()
        {
            var live = _project.GoLiveAt!.Value;
            var stages = _project.Stages.Where(s => s.EnglishName is "Development" or "Joint testing" or "Security review").ToList();
            var defects = new List<PostLaunchDefect>();

            // A steady rate over the whole production period: that is what "defects per 30 days of
            // production" assumes, so recent and older go-lives compare fairly.
            var productionDays = (_today - live).TotalDays;
            var count = Poisson((_before ? 0.7 : 0.25) * productionDays / 30, _random);
            for (var n = 0; n < count; n++)
            {
                var foundAt = live.AddDays(productionDays * _random.NextDouble());
                var severity = Severity();
                var description = DefectDescriptions[_random.Next(DefectDescriptions.Length)];
                var stage = stages[_random.Next(stages.Count)];
                var api = _profile.Apis[_random.Next(_profile.Apis.Count)];
                var docPath = _random.NextDouble() < 0.4
                    ? $"{_profile.ApiVersion}/{DefectDocPages[_random.Next(DefectDocPages.Length)]}"
                    : null;
                var resolvedAfter = severity switch
                {
                    DefectSeverity.P1 => 0.2 + (_random.NextDouble() * 1.8),
                    DefectSeverity.P2 => 1 + (_random.NextDouble() * 4),
                    DefectSeverity.P3 => 3 + (_random.NextDouble() * 12),
                    _ => 5 + (_random.NextDouble() * 25),
                };
                if (foundAt > _today)
                {
                    continue;
                }

                var defect = new PostLaunchDefect(_organisation.Id, severity, foundAt, description, _project.Id, stage.Id, api, docPath);
                var resolvedAt = foundAt.AddDays(resolvedAfter);
                if (resolvedAt <= _today)
                {
                    defect.Resolve(resolvedAt);
                }

                defects.Add(defect);
            }

            return defects;
        }

        private DefectSeverity Severity()
        {
            var roll = _random.NextDouble();
            var (p1, p2, p3) = _before ? (0.10, 0.35, 0.70) : (0.03, 0.18, 0.58);
            return roll < p1 ? DefectSeverity.P1 : roll < p2 ? DefectSeverity.P2 : roll < p3 ? DefectSeverity.P3 : DefectSeverity.P4;
        }
    }
}
