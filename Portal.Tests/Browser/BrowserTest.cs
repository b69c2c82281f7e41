using Microsoft.Playwright;

namespace Portal.Tests.Browser;

/// <summary>
/// A browser journey: a fresh browser profile (no cookies, no storage) and one page per test.
/// Subclasses also carry <c>[Collection(BrowserCollection.Name)]</c>, so journeys never run at the same time.
/// </summary>
[Trait("Category", "Browser")]
public abstract class BrowserTest(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    protected BrowserFixture Browser { get; } = browser;

    protected IBrowserContext Context { get; private set; } = default!;

    protected IPage Page { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Context = await Browser.NewContextAsync();
        Page = await Context.NewPageAsync();
    }

    public async Task DisposeAsync() => await Context.DisposeAsync();
}
