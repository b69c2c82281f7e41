using Hangfire;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Domain.Tenancy;
using Portal.Infrastructure.Assistant;
using Portal.Infrastructure.Email;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Importing;
using Portal.Infrastructure.Jobs;
using Portal.Infrastructure.Markdown;
using Portal.Infrastructure.Notifications;
using Portal.Infrastructure.Onboarding;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Search;

namespace Portal.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Portal";

    public static IHostApplicationBuilder AddPortalInfrastructure(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section)
            .Validate(e => e.Transport != MailTransportKind.Smtp || !string.IsNullOrWhiteSpace(e.SmtpHost), "Email:Transport is Smtp but Email:SmtpHost is not set.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);

        var portal = configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        var paths = new PortalPaths(builder.Environment.ContentRootPath, portal.DataDirectory);
        services.AddSingleton(paths);
        // Keys outlive restarts so sign-in cookies and e-mail links stay valid. Several nodes share them through the data directory.
        services.AddDataProtection().SetApplicationName("Portal").PersistKeysToFileSystem(new DirectoryInfo(paths.DataProtectionKeys));

        var provider = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        AddDatabase(services, provider, connectionString, paths);
        AddIdentity(services);
        AddDocs(services);
        AddEmail(services, configuration);
        AddJobs(services, provider, connectionString);
        services.AddSingleton(sp => new SearchIndex(paths.SearchIndex, sp.GetRequiredService<ILogger<SearchIndex>>()));
        return builder;
    }

    private static void AddDatabase(IServiceCollection services, DatabaseProvider provider, string? connectionString, PortalPaths paths)
    {
        Func<ITenantContext, PortalDbContext> create;
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqlitePortalDbContext>()
                    .UseSqlite(string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={paths.DatabaseFile}" : connectionString)
                    .Options;
                create = tenant => new SqlitePortalDbContext(sqlite, tenant);
                break;
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        $"Database:Provider is SqlServer but the connection string '{ConnectionStringName}' is missing. Set ConnectionStrings__{ConnectionStringName}.");
                }

                var sqlServer = new DbContextOptionsBuilder<SqlServerPortalDbContext>()
                    .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure())
                    .Options;
                create = tenant => new SqlServerPortalDbContext(sqlServer, tenant);
                break;
            default:
                throw new InvalidOperationException($"Database:Provider must be Sqlite or SqlServer, not '{provider}'.");
        }

        services.AddScoped(sp => new PortalDbContextFactory(create, sp.GetRequiredService<ITenantContext>()));
        services.AddScoped<IDbContextFactory<PortalDbContext>>(sp => sp.GetRequiredService<PortalDbContextFactory>());
        services.AddScoped(sp => sp.GetRequiredService<PortalDbContextFactory>().CreateDbContext());
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoData>();
        services.AddScoped<OnboardingSeeding>();
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddIdentityCore<PortalUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = true;
                options.User.RequireUniqueEmail = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Password.RequiredLength = 10;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();
    }

    private static void AddDocs(IServiceCollection services)
    {
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<RenderedDocCache>();
        services.AddScoped<DocsImporter>();
        services.AddScoped<SearchIndexer>();
        services.AddSingleton<SearchIndexProgress>();
        services.AddScoped<FaqImporter>();
        services.AddSingleton<FaqModelHost>();
        services.AddScoped<AssistantService>();
    }

    private static void AddEmail(IServiceCollection services, IConfiguration configuration)
    {
        var transport = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>()?.Transport ?? MailTransportKind.Pickup;
        if (transport == MailTransportKind.Smtp)
        {
            services.AddSingleton<IMailTransport, SmtpMailTransport>();
        }
        else
        {
            services.AddSingleton<IMailTransport, PickupFolderMailTransport>();
        }

        services.AddSingleton<IEmailSender<PortalUser>, IdentityEmailSender>();
        services.AddSingleton<NotificationHub>();
        services.AddScoped<INotifier, CentreNotifier>();
        services.AddScoped<DigestSender>();
        services.AddScoped<MailOutboxJob>();
        services.AddScoped<NotificationDigestJob>();
    }

    private static void AddJobs(IServiceCollection services, DatabaseProvider provider, string? connectionString)
    {
        // The storage is this host's own singleton, not Hangfire's process-wide JobStorage.Current, so several
        // hosts in one process (tests, the command line) never share or dispose each other's storage.
        services.AddSingleton<JobStorage>(_ => provider == DatabaseProvider.SqlServer
            ? new SqlServerStorage(connectionString)
            : new InMemoryStorage(new InMemoryStorageOptions()));
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer(options => options.WorkerCount = Math.Max(2, Environment.ProcessorCount));

        services.AddScoped<JobRunner>();
        services.AddScoped<JobSettingsStore>();
        services.AddScoped<SlaPolicySource>();
        services.AddScoped<DocReviewQueue>();
        services.AddScoped<IDocAttentionSource, UnhelpfulRatingsSignal>();
        services.AddScoped<StaleDocsJob>();
        services.AddScoped<DocOwnerDigestJob>();
        services.AddScoped<ManagerDigestJob>();
        services.AddScoped<SearchIndexMaintenanceJob>();
        services.AddScoped<SlaRemindersJob>();
        services.AddScoped<OverdueStagesJob>();
        services.AddScoped<SearchLogRetentionJob>();
        services.AddHostedService<RecurringJobsStartup>();
    }
}
