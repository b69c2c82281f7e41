using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Notifications;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Jobs;

/// <summary>The real portal with a clock the test moves, for driving the jobs through weeks in a second.</summary>
public class JobsApplicationFactory : PortalApplicationFactory
{
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    public FakeClock Clock { get; } = new(Start);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Runs one job class the way Hangfire would: in a scope of its own.</summary>
    public async Task RunAsync<TJob>(Func<TJob, Task> run)
        where TJob : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    public Task<string> UserIdAsync(string email) =>
        WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>Notifications that link to <paramref name="link"/>, per recipient e-mail.</summary>
    public Task<List<(string Email, Notification Notification)>> NotificationsAboutAsync(string link) =>
        WithDatabaseAsync(async db =>
        {
            var rows = await (from n in db.Notifications.AsNoTracking()
                              join u in db.Users on n.UserId equals u.Id
                              where n.Link == link
                              orderby n.CreatedAt
                              select new { u.Email, n }).ToListAsync();
            return rows.Select(r => (r.Email!, r.n)).ToList();
        });

    /// <summary>Imports one Markdown page as its own doc version, so each test has a page nobody else touches.</summary>
    public async Task<string> ImportPageAsync(string version, string frontMatter)
    {
        var directory = Path.Combine(DataDirectory, "import-" + version);
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "guide.md"), $"---\ntitle: Guide {version}\n{frontMatter}\nlanguage: en\n---\n# Guide\n\nText.\n");
        await WaitForStartupWorkAsync();
        await ImportDocsAsync(directory, version);
        return $"/docs/{version}/guide";
    }
}
