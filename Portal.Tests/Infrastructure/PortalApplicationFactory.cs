using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MimeKit;
using Portal.Domain.Tenancy;
using Portal.Infrastructure.Importing;
using Portal.Infrastructure.Persistence;
using Portal.Web.Features.Docs;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The real portal over a real SQLite database built by the real migrations, in a temporary data
/// directory of its own, with the demo accounts seeded. One per test class (xUnit class fixture).
/// </summary>
public class PortalApplicationFactory : WebApplicationFactory<Program>
{
    public PortalApplicationFactory()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
    }

    public string DataDirectory { get; }

    public string MailPickup => Path.Combine(DataDirectory, "mail-pickup");

    /// <summary>Extra configuration, set before the first client is created.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        // Hangfire has one process-wide log provider, bound to the LoggerFactory of the host that started
        // last. Tests start and dispose many hosts in one process: a disposed host's factory would make the
        // other hosts' requests fail with ObjectDisposedException, so tests log nothing from Hangfire.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(QuietHangfireLog.Instance);
        return host;
    }

    private sealed class QuietHangfireLog : Hangfire.Logging.ILogProvider, Hangfire.Logging.ILog
    {
        public static readonly QuietHangfireLog Instance = new();

        public Hangfire.Logging.ILog GetLogger(string name) => this;

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDirectory", DataDirectory);
        builder.UseSetting("Portal:SeedDemoData", "true");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see them.</summary>
    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpClient> SignInAsync(string email, string password = DemoData.Password)
    {
        var client = CreateBrowserLikeClient();
        var response = await PostLoginAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("Login", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode} {response.Headers.Location}");
        }

        return client;
    }

    public Task<HttpClient> SignInAsPartnerAsync() => SignInAsync("dev@acme.demo.local");

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password) =>
        await PostFormAsync(client, "/Account/Login", "login", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>
    /// Posts a static server-rendered form the way a browser does: loads the page, keeps its hidden
    /// inputs (antiforgery token included), sets the fields and names the form's handler.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, Dictionary<string, string> fields, string? postTo = null)
    {
        var page = await client.GetStringAsync(path);
        var form = Regex.Matches(page, "<input[^>]*type=\"hidden\"[^>]*>")
            .Select(m => (Name: Regex.Match(m.Value, "name=\"([^\"]+)\"").Groups[1].Value, Value: Regex.Match(m.Value, "value=\"([^\"]*)\"").Groups[1].Value))
            .Where(i => i.Name.Length > 0)
            .GroupBy(i => i.Name)
            .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Value));
        foreach (var (name, value) in fields)
        {
            form[name] = value;
        }

        form["_handler"] = formName;
        return await client.PostAsync(postTo ?? path, new FormUrlEncodedContent(form));
    }

    /// <summary>The mails written to the pickup folder for one address, oldest first.</summary>
    public IReadOnlyList<MimeMessage> MailsTo(string address) =>
        Directory.Exists(MailPickup)
            ? [.. Directory.GetFiles(MailPickup, "*.eml").Order().Select(path => MimeMessage.Load(path))
                .Where(m => m.To.Mailboxes.Any(b => b.Address.Equals(address, StringComparison.OrdinalIgnoreCase)))]
            : [];

    public static string FirstLink(MimeMessage message) =>
        WebUtility.HtmlDecode(Regex.Match(message.HtmlBody ?? "", "href=\"([^\"]+)\"").Groups[1].Value);

    /// <summary>Waits until the start-up import of content/ (docs and FAQ) and the search index rebuild have finished.</summary>
    public async Task WaitForStartupWorkAsync()
    {
        foreach (var work in Services.GetServices<IHostedService>().OfType<BackgroundService>().Where(s => s is ContentStartup))
        {
            await (work.ExecuteTask ?? Task.CompletedTask);
        }
    }

    /// <summary>A database context that sees everything, for arranging and checking state.</summary>
    public async Task<T> WithDatabaseAsync<T>(Func<PortalDbContext, Task<T>> action, ITenantContext? tenant = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<PortalDbContextFactory>();
        await using var db = tenant is null ? factory.CreateSystemDbContext() : factory.CreateFor(tenant);
        return await action(db);
    }

    /// <summary>Imports a folder of Markdown as a doc version through the real importer.</summary>
    public async Task<DocsImportResult> ImportDocsAsync(string directory, string version, IProgress<DocsImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DocsImporter>().ImportAsync(directory, version, progress, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a background thread; the OS temp cleaner gets it.
        }
    }
}
