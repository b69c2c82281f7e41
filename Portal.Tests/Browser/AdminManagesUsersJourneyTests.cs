using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Infrastructure.Persistence;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>The bank's administrator, in a real browser: signs in and finds the partner developers' accounts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminManagesUsersJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    /// <summary>
    /// When set to a file path, the admin's home page is also saved there (viewport size, not full page):
    /// <c>PORTAL_README_SCREENSHOT=docs/images/home.png dotnet test --filter FullyQualifiedName~Browser</c>
    /// refreshes the README image.
    /// </summary>
    public const string ReadmeScreenshotVariable = "PORTAL_README_SCREENSHOT";

    [Fact]
    public async Task DemoAdmin_SignsIn_SeesUserAdministrationAndTheGlobexDeveloper()
    {
        await Page.SignInAsync("admin@demo.local", DemoData.Password);

        await Expect(Page.GetByTestId("welcome")).ToHaveTextAsync("Welcome, Ada Admin");
        var usersAndRoles = Page.GetByTestId("nav").GetByRole(AriaRole.Link, new() { Name = "Users and roles", Exact = true });
        await Expect(usersAndRoles).ToBeVisibleAsync();

        if (Environment.GetEnvironmentVariable(ReadmeScreenshotVariable) is { Length: > 0 } readmeImage)
        {
            await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Page.SaveScreenshotAsync(readmeImage, fullPage: false);
        }

        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await usersAndRoles.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/admin/users$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Users and roles" })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("users").GetByRole(AriaRole.Cell, new() { Name = "dev@globex.demo.local", Exact = true })).ToBeVisibleAsync();
    }
}
