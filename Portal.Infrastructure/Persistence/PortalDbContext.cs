using System.Linq.Expressions;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Assistant;
using Portal.Domain.Docs;
using Portal.Domain.Jobs;
using Portal.Domain.Notifications;
using Portal.Domain.Onboarding;
using Portal.Domain.Partners;
using Portal.Domain.Search;
using Portal.Domain.Support;
using Portal.Domain.Tenancy;
using Portal.Infrastructure.Identity;

namespace Portal.Infrastructure.Persistence;

/// <summary>
/// The portal's database. Provider-specific subclasses exist only so each provider keeps its own
/// migrations; features use this type through <see cref="IDbContextFactory{PortalDbContext}"/>.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options, ITenantContext tenant)
    : IdentityDbContext<PortalUser>(options)
{
    public DbSet<PartnerOrganisation> Partners => Set<PartnerOrganisation>();

    public DbSet<InvitationCode> InvitationCodes => Set<InvitationCode>();

    public DbSet<DocVersion> DocVersions => Set<DocVersion>();

    public DbSet<DocPage> DocPages => Set<DocPage>();

    public DbSet<DocRevision> DocRevisions => Set<DocRevision>();

    public DbSet<DocFeedback> DocFeedback => Set<DocFeedback>();

    public DbSet<SearchLogEntry> SearchLog => Set<SearchLogEntry>();

    public DbSet<SearchPin> SearchPins => Set<SearchPin>();

    public DbSet<TimeEntry> TimeEntries => Set<TimeEntry>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();

    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<JobSetting> JobSettings => Set<JobSetting>();

    public DbSet<PartnerProfile> PartnerProfiles => Set<PartnerProfile>();

    public DbSet<StageTemplate> StageTemplates => Set<StageTemplate>();

    public DbSet<OnboardingProject> OnboardingProjects => Set<OnboardingProject>();

    /// <summary>Filtered through their project; load them with <c>Include(s => s.Project)</c> to change their status.</summary>
    public DbSet<OnboardingStage> OnboardingStages => Set<OnboardingStage>();

    public DbSet<PostLaunchDefect> PostLaunchDefects => Set<PostLaunchDefect>();
    public DbSet<FaqEntry> FaqEntries => Set<FaqEntry>();

    public DbSet<AssistantExchange> AssistantExchanges => Set<AssistantExchange>();

    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<TicketMessage> TicketMessages => Set<TicketMessage>();

    // Read by the query filters below; EF evaluates them per context instance, per query.
    private bool SeesAllPartners => tenant.SeesAllPartners;

    private Guid? CurrentPartnerId => tenant.PartnerId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);

        // Tenancy, in one place: a partner user sees only their own organisation and its data.
        builder.Entity<PartnerOrganisation>().HasQueryFilter(p => SeesAllPartners || p.Id == CurrentPartnerId);
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(IPartnerOwned).IsAssignableFrom(t.ClrType)))
        {
            var entity = Expression.Parameter(type.ClrType, "e");
            Expression<Func<IPartnerOwned, bool>> template = e => SeesAllPartners || e.PartnerId == CurrentPartnerId;
            var body = new ReplaceParameter(template.Parameters[0], entity).Visit(template.Body);
            builder.Entity(type.ClrType).HasQueryFilter(Expression.Lambda(body, entity));
        }

        // Stages belong to a partner through their project.
        builder.Entity<OnboardingStage>().HasQueryFilter(s => SeesAllPartners || s.Project!.PartnerId == CurrentPartnerId);
    }

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;

        protected override Expression VisitMember(MemberExpression node)
        {
            // e.PartnerId on the interface becomes e.PartnerId on the entity, so EF can translate it.
            if (node.Expression == from)
            {
                return Expression.Property(to, node.Member.Name);
            }

            return base.VisitMember(node);
        }
    }
}

public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options, ITenantContext tenant)
    : PortalDbContext(options, tenant)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no DateTimeOffset type; stored as sortable UTC ticks so ORDER BY and comparisons work in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}

public sealed class SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options, ITenantContext tenant)
    : PortalDbContext(options, tenant);
