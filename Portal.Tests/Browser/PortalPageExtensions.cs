using Microsoft.Playwright;

namespace Portal.Tests.Browser;

/// <summary>What a person does in the portal, in browser steps shared by the journey tests.</summary>
public static class PortalPageExtensions
{
    /// <summary>Signs in on the static Identity form, the way a person types into it.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));

        // The landing page starts its Blazor circuit; a click on the navigation before it is connected can be lost.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>Opens a MudBlazor menu and clicks one of its items (see <see cref="ClickUntilVisibleAsync"/>).</summary>
    public static async Task ChooseFromMenuAsync(this ILocator activator, ILocator item)
    {
        await activator.ClickUntilVisibleAsync(item);
        await item.ClickAsync();
    }

    /// <summary>
    /// Clicks until <paramref name="shown"/> is visible. A Blazor Server page only reacts once its circuit is
    /// connected, and a click before that is lost; so the target is clicked again until what it shows appears,
    /// rather than sleeping for a guessed time.
    /// </summary>
    public static async Task ClickUntilVisibleAsync(this ILocator target, ILocator shown)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (!await shown.IsVisibleAsync())
            {
                await target.ClickAsync();
            }

            try
            {
                await shown.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 1_500 });
                return;
            }
            catch (TimeoutException) when (attempt < 15)
            {
                // Circuit not connected yet: the click did nothing. Try again.
            }
        }
    }

    /// <summary>Saves a screenshot of the whole page, creating the folder if needed.</summary>
    public static async Task SaveScreenshotAsync(this IPage page, string path, bool fullPage = true)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
    }
}
