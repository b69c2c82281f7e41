using Hangfire;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using Portal.Domain.Tenancy;
using Portal.Infrastructure.Persistence;
using Portal.Web.Api;
using Portal.Web.Components;
using Portal.Web.Components.Account;
using Portal.Web.Features.Admin;
using Portal.Web.Features.Docs;
using Portal.Web.Features.Faq;
using Portal.Web.Features.Jobs;
using Portal.Web.Features.Notifications;
using Portal.Web.Features.Onboarding;
using Portal.Web.Features.Partners;
using Portal.Web.Features.Reports;
using Portal.Web.Features.Search;
using Portal.Web.Features.Support;
using Portal.Web.Localization;
using Portal.Web.Security;

namespace Portal.Web;

public static class DependencyInjection
{
    public static IHostApplicationBuilder AddPortalWeb(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddLocalization();
        services.AddHttpContextAccessor();
        services.AddOpenApi();
        services.AddProblemDetails();

        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<CircuitHandler, CircuitUserHandler>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "portal.auth";
            // The HTTP API answers 401/403; only pages redirect to the sign-in form.
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });
        Policies.Add(services.AddAuthorizationBuilder());

        services.AddScoped<PartnerService>();
        services.AddScoped<InvitationRedemption>();
        services.AddScoped<DocsService>();
        services.AddScoped<SearchInsightsService>();
        services.AddScoped<SearchPinsService>();
        services.AddHostedService<ContentStartup>();
        services.AddScoped<UserAdminService>();
        builder.AddPortalJobDependencies();
        services.AddScoped<NotificationsService>();
        services.AddScoped<JobsAdminService>();
        services.AddScoped<OnboardingService>();
        services.AddScoped<StageTemplateService>();
        services.AddScoped<FaqService>();
        services.AddScoped<SupportService>();
        services.AddScoped<OnboardingReportService>();
        return builder;
    }

    /// <summary>
    /// What the infrastructure's jobs need from this project (the notices' texts live in its resources, the SLA
    /// targets in its options): the web host and the command line both register it, so each host's container is
    /// whole, which a Development host validates before it starts.
    /// </summary>
    public static IHostApplicationBuilder AddPortalJobDependencies(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddLocalization();
        services.AddSingleton<Portal.Infrastructure.Notifications.INoticeLocalizer, NoticeLocalizer>();
        services.AddOptions<SupportOptions>().BindConfiguration(SupportOptions.Section).ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SupportOptions>>().Value.Policy());
        return builder;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(applyMigrations: false);
    }

    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization(Cultures.Options());
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<StaffTwoFactorMiddleware>();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        app.MapCultureEndpoint();
        app.MapSearchOpenEndpoint();
        app.MapPortalApi();
        app.MapAssistantApi();
        app.MapSupportApi();
        app.MapReportsApi();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapHangfireDashboard("/jobs", new DashboardOptions
        {
            Authorization = [new AdminDashboardFilter()],
            AppPath = "/",
            DashboardTitle = "Portal jobs",
        }).RequireAuthorization(Policies.Admin);
        return app;
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            // Re-executing a POST as the not-found page would answer 400 (the page's antiforgery) instead of 401/403.
            if (context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
