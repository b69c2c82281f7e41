using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Infrastructure.Persistence;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>A partner asks the assistant, follows its citation, asks something it does not know and talks to a person; support answers and logs time.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PartnerAsksAndEscalatesJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Unknown = "Is there a hackathon for partner developers this spring?";
    private const string SupportReply = "Yes, on 12 May in London. We have put your team on the list.";

    [Fact]
    public async Task Partner_GetsACitedAnswer_Escalates_AndSeesSupportsReply()
    {
        await Browser.Portal.WaitForStartupWorkAsync();
        await Page.SignInAsync("dev@acme.demo.local", DemoData.Password);
        await Page.GotoAsync("/docs/v2/accounts");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Page.GetByTestId("nav").GetByText("FAQ", new() { Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/faq$"));

        // A question the FAQ knows: an answer with its sources; the link in it opens the exact anchor.
        await AskAsync("how do I get access to the APIs");
        var answer = Page.GetByTestId("assistant-answer").Last;
        await Expect(answer).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("assistant-source").First).ToBeVisibleAsync();
        await Page.SaveScreenshotAsync(BrowserFixture.ScreenshotPath("assistant-answer.png"), fullPage: false);
        var citation = Page.GetByTestId("assistant-source").Filter(new() { HasText = "Getting started" }).First;
        var href = await citation.GetAttributeAsync("href") ?? "";
        var anchor = href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..];
        Assert.StartsWith("/docs/v2/getting-started", href, StringComparison.Ordinal);
        await citation.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(href) + "$"));
        await Page.SaveScreenshotAsync(BrowserFixture.ScreenshotPath("assistant-citation.png"), fullPage: false);
        await Expect(Page.Locator($"[id='{anchor}']")).ToBeVisibleAsync();

        // Something it does not know: it says so plainly and offers a person.
        await AskAsync(Unknown);
        await Expect(Page.GetByTestId("assistant-not-sure").Last).ToBeVisibleAsync();
        await Page.GetByTestId("assistant-talk").ClickAsync();
        await Expect(Page.GetByTestId("assistant-escalate-subject").Locator("textarea").First).ToHaveValueAsync(Unknown);
        await Page.GetByTestId("assistant-escalate-send").ClickAsync();
        await Expect(Page.GetByTestId("assistant-escalated")).ToBeVisibleAsync();
        await Page.GetByTestId("assistant-ticket-link").ClickAsync();
        await Expect(Page.GetByTestId("ticket-subject")).ToHaveTextAsync(Unknown);
        var ticketUrl = Page.Url;

        // Support finds it in the queue, answers and logs the time spent.
        await using (var staffContext = await Browser.NewContextAsync())
        {
            var staff = await staffContext.NewPageAsync();
            await staff.SignInAsync("support@demo.local", DemoData.Password);
            await staff.GotoAsync("/support/tickets");
            await staff.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await staff.GetByTestId("ticket-link").Filter(new() { HasText = Unknown }).ClickAsync();
            await Expect(staff.GetByTestId("ticket-transcript")).ToContainTextAsync(Unknown);
            await staff.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await staff.GetByTestId("ticket-reply").Locator("textarea").First.FillAsync(SupportReply);
            await staff.GetByTestId("ticket-reply-send").ClickAsync();
            await Expect(staff.GetByTestId("ticket-message").Filter(new() { HasText = SupportReply })).ToBeVisibleAsync();
            await staff.GetByTestId("ticket-minutes").Locator("input").FillAsync("20");
            await staff.GetByTestId("ticket-log-time").ClickAsync();
            await Expect(staff.GetByTestId("ticket-time-total")).ToHaveTextAsync("20");
            await staff.SaveScreenshotAsync(BrowserFixture.ScreenshotPath("support-ticket.png"));
        }

        // The partner sees the reply on their ticket.
        await Page.GotoAsync(ticketUrl);
        await Expect(Page.GetByTestId("ticket-message").Filter(new() { HasText = SupportReply })).ToBeVisibleAsync();
    }

    private async Task AskAsync(string question)
    {
        var input = Page.GetByTestId("assistant-input").Locator("input");
        for (var attempt = 1; !await input.IsVisibleAsync(); attempt++)
        {
            await Page.GetByTestId("assistant-open").ClickAsync();
            try
            {
                await input.WaitForAsync(new() { Timeout = 3_000 });
            }
            catch (TimeoutException) when (attempt < 6)
            {
                // The circuit was not connected yet; click again.
            }
        }

        await input.FillAsync(question);
        await Page.GetByTestId("assistant-send").ClickAsync();
        await Expect(Page.GetByTestId("assistant-reply").Last).ToBeVisibleAsync();
    }
}
