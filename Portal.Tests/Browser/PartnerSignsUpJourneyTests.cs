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
[Collection(BrowserCollection.Name)]
public sealed partial class PartnerSignsUpJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Password = "Sandbox-Pass-2026";

    [Fact]
    public async Task NewPartner_SignsUpConfirmsJoinsAcmeAndSwitchesToChinese()
    {
        var email = $"nina-{Guid.NewGuid():N}@initech.example";

        // Sign up, without an invitation code yet.
        await Page.GotoAsync("/Account/Register");
        await Page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(email);
        await Page.GetByLabel("Your name", new() { Exact = true }).FillAsync("Nina New");
        await Page.GetByLabel("Password (at least 10 characters)").FillAsync(Password);
        await Page.GetByLabel("Confirm password").FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();

        // "Check your e-mail".
        await Expect(Page).ToHaveURLAsync(new Regex("/Account/RegisterConfirmation"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Check your e-mail" })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("check-email")).ToContainTextAsync(email);

        // The link in the mail confirms the account.
        var mail = Assert.Single(Browser.Portal.MailsTo(email));
        var link = PortalApplicationFactory.FirstLink(mail);
        Assert.StartsWith(Browser.BaseAddress.GetLeftPart(UriPartial.Authority), link, StringComparison.Ordinal);
        await Page.GotoAsync(link);
        await Expect(Page.GetByText("Thank you for confirming your e-mail address.")).ToBeVisibleAsync();

        // Signed in, the home page offers to join an organisation.
        await Page.SignInAsync(email, Password);
        await Expect(Page.GetByTestId("welcome")).ToHaveTextAsync("Welcome, Nina New");
        var joinCard = Page.GetByTestId("next-steps").Locator(".mud-card").Filter(new() { HasText = "Join your organisation" });
        await joinCard.GetByRole(AriaRole.Link, new() { Name = "Open" }).ClickAsync();

        // Joining with the code the bank gave Acme lands on Acme's page.
        await Expect(Page).ToHaveURLAsync(new Regex("/Account/JoinOrganisation"));
        await Page.GetByLabel("Invitation code").FillAsync(DemoData.AcmeInvitationCode);
        await Page.GetByTestId("join").ClickAsync();
        await Expect(Page).ToHaveURLAsync(PartnerPage());
        await Expect(Page.GetByTestId("partner-name")).ToHaveTextAsync(DemoData.AcmeName);

        // Back home, the organisation is one of the next steps. (Waits for the page's circuit first: a click
        // before it connects is served without it, and the circuit then starts on the previous address.)
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Page.GetByTestId("nav").GetByRole(AriaRole.Link, new() { Name = "Home", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("welcome")).ToHaveTextAsync("Welcome, Nina New");
        await Expect(Page.GetByTestId("next-steps")).ToContainTextAsync("Your organisation");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Page.SaveScreenshotAsync(BrowserFixture.ScreenshotPath("partner-home-en.png"));

        // Switch the language from the app bar: a full reload in Chinese.
        await Page.GetByTestId("culture-switch").Locator("button").First
            .ChooseFromMenuAsync(Page.GetByTestId("culture-zh-CN"));
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(Page.GetByTestId("welcome")).ToBeVisibleAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Page.SaveScreenshotAsync(BrowserFixture.ScreenshotPath("partner-home-zh.png"));

        // Needs SharedResource.zh-CN.resx: "Welcome, {0}" is "欢迎，{0}", "Where to go next:" is "下一步：".
        await Expect(Page.GetByTestId("welcome")).ToHaveTextAsync("欢迎，Nina New");
        await Expect(Page.GetByText("下一步：")).ToBeVisibleAsync();
    }

    [GeneratedRegex("/partners/[0-9a-f-]{36}$")]
    private static partial Regex PartnerPage();
}
