using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Infrastructure.Persistence;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>The bank's administrator, in a real browser: signs in and finds the partner developers' accounts.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class AdminManagesUsersJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    /// <summary>
    /// When set to a file path, the admin's home page is also saved there (viewport size, not full page):
    /// <c>PORTAL_README_SCREENSHOT=docs/images/home.png dotnet test --filter FullyQualifiedName~Browser</c>
    /// refreshes the README image.
    /// </summary>
    public const string ReadmeScreenshotVariable = "PORTAL_README_SCREENSHOT";

    private IBrowserContext _context = default!;
    private IPage _page = default!;

    public async Task InitializeAsync()
    {
        _context = await browser.NewContextAsync();
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task DemoAdmin_SignsIn_SeesUserAdministrationAndTheGlobexDeveloper()
    {
        await _page.SignInAsync("admin@demo.local", DemoData.Password);

        await Expect(_page.GetByTestId("welcome")).ToHaveTextAsync("Welcome, Ada Admin");
        var usersAndRoles = _page.GetByTestId("nav").GetByRole(AriaRole.Link, new() { Name = "Users and roles", Exact = true });
        await Expect(usersAndRoles).ToBeVisibleAsync();

        if (Environment.GetEnvironmentVariable(ReadmeScreenshotVariable) is { Length: > 0 } readmeImage)
        {
            await _page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await _page.SaveScreenshotAsync(readmeImage, fullPage: false);
        }

        await usersAndRoles.ClickAsync();
        await Expect(_page).ToHaveURLAsync(new Regex("/admin/users$"));
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Users and roles" })).ToBeVisibleAsync();
        await Expect(_page.GetByTestId("users").GetByRole(AriaRole.Cell, new() { Name = "dev@globex.demo.local", Exact = true })).ToBeVisibleAsync();
    }
}
