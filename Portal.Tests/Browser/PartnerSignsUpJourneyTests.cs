using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Infrastructure.Persistence;
using Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>
/// A new partner developer, in a real browser against the real server: signs up, confirms the e-mail,
/// signs in, joins their organisation with the code the bank gave them, and reads the portal in Chinese.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed partial class PartnerSignsUpJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Password = "Sandbox-Pass-2026";

    private IBrowserContext _context = default!;
    private IPage _page = default!;

    public async Task InitializeAsync()
    {
        _context = await browser.NewContextAsync();
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task NewPartner_SignsUpConfirmsJoinsAcmeAndSwitchesToChinese()
    {
        var email = $"nina-{Guid.NewGuid():N}@initech.example";

        // Sign up, without an invitation code yet.
        await _page.GotoAsync("/Account/Register");
        await _page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(email);
        await _page.GetByLabel("Your name", new() { Exact = true }).FillAsync("Nina New");
        await _page.GetByLabel("Password (at least 10 characters)").FillAsync(Password);
        await _page.GetByLabel("Confirm password").FillAsync(Password);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();

        // "Check your e-mail".
        await Expect(_page).ToHaveURLAsync(new Regex("/Account/RegisterConfirmation"));
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Check your e-mail" })).ToBeVisibleAsync();
        await Expect(_page.GetByTestId("check-email")).ToContainTextAsync(email);

        // The link in the mail confirms the account.
        var mail = Assert.Single(browser.Portal.MailsTo(email));
        var link = PortalApplicationFactory.FirstLink(mail);
        Assert.StartsWith(browser.BaseAddress.GetLeftPart(UriPartial.Authority), link, StringComparison.Ordinal);
        await _page.GotoAsync(link);
        await Expect(_page.GetByText("Thank you for confirming your e-mail address.")).ToBeVisibleAsync();

        // Signed in, the home page offers to join an organisation.
        await _page.SignInAsync(email, Password);
        await Expect(_page.GetByTestId("welcome")).ToHaveTextAsync("Welcome, Nina New");
        var joinCard = _page.GetByTestId("next-steps").Locator(".mud-card").Filter(new() { HasText = "Join your organisation" });
        await joinCard.GetByRole(AriaRole.Link, new() { Name = "Open" }).ClickAsync();

        // Joining with the code the bank gave Acme lands on Acme's page.
        await Expect(_page).ToHaveURLAsync(new Regex("/Account/JoinOrganisation"));
        await _page.GetByLabel("Invitation code").FillAsync(DemoData.AcmeInvitationCode);
        await _page.GetByTestId("join").ClickAsync();
        await Expect(_page).ToHaveURLAsync(PartnerPage());
        await Expect(_page.GetByTestId("partner-name")).ToHaveTextAsync(DemoData.AcmeName);

        // Back home, the organisation is one of the next steps.
        await _page.GetByTestId("nav").GetByRole(AriaRole.Link, new() { Name = "Home", Exact = true }).ClickAsync();
        await Expect(_page.GetByTestId("welcome")).ToHaveTextAsync("Welcome, Nina New");
        await Expect(_page.GetByTestId("next-steps")).ToContainTextAsync("Your organisation");
        await _page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await _page.SaveScreenshotAsync(BrowserFixture.ScreenshotPath("partner-home-en.png"));

        // Switch the language from the app bar: a full reload in Chinese.
        await _page.GetByTestId("culture-switch").Locator("button").First
            .ChooseFromMenuAsync(_page.GetByTestId("culture-zh-CN"));
        await Expect(_page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(_page.GetByTestId("welcome")).ToBeVisibleAsync();
        await _page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await _page.SaveScreenshotAsync(BrowserFixture.ScreenshotPath("partner-home-zh.png"));

        // Needs SharedResource.zh-CN.resx: "Welcome, {0}" is "欢迎，{0}", "Where to go next:" is "下一步：".
        await Expect(_page.GetByTestId("welcome")).ToHaveTextAsync("欢迎，Nina New");
        await Expect(_page.GetByText("下一步：")).ToBeVisibleAsync();
    }

    [GeneratedRegex("/partners/[0-9a-f-]{36}$")]
    private static partial Regex PartnerPage();
}
