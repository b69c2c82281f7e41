using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// The real portal on real Kestrel (a free port on loopback) and one headless Chromium, shared by the
/// tests of one class (xUnit class fixture). Each test gets a fresh <see cref="IBrowserContext"/>, so
/// cookies and local storage never leak from one test to the next.
/// </summary>
/// <remarks>
/// The browser is Debian's Chromium at <see cref="ChromiumPath"/>; Playwright's own browser download is
/// never used, so the tests run offline.
/// </remarks>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Browser window size; also the size of the README screenshot.</summary>
    public static readonly ViewportSize Viewport = new() { Width = 1280, Height = 800 };

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public PortalApplicationFactory Portal { get; } = new();

    /// <summary>Where Kestrel listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>Screenshots go next to the test assembly, under <c>screenshots/</c>.</summary>
    public static string ScreenshotPath(string fileName) =>
        Path.Combine(AppContext.BaseDirectory, "screenshots", fileName);

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath} and do not download one. Install it with: apt-get install -y chromium");
        }

        Portal.UseKestrel(0);
        Portal.StartServer();
        BaseAddress = Portal.ClientOptions.BaseAddress;
        if (BaseAddress.IsLoopback && BaseAddress.Port is 0 or 80)
        {
            throw new InvalidOperationException($"Kestrel did not report the port it listens on (base address {BaseAddress}).");
        }

        _playwright = await Playwright.CreateAsync();
        _playwright.Selectors.SetTestIdAttribute("data-test");
        // The first request of each page compiles Razor components and EF queries: slower than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(15_000);
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        });
    }

    /// <summary>A fresh browser profile (no cookies) that resolves relative URLs against the portal.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await (_browser ?? throw new InvalidOperationException("The fixture is not initialized.")).NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = Viewport,
            Locale = "en-GB",
            ColorScheme = ColorScheme.Light,
        });
        context.SetDefaultTimeout(20_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Portal.DisposeAsync();
    }
}
