using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Web.Components.Shared;

namespace Portal.Tests.Components;

public sealed class CultureSwitchTests : ComponentTestContext
{
    [Fact]
    public void ChoosingChinese_ReloadsThroughTheCultureEndpointAndComesBack()
    {
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("/partners?filter=acme");
        var popovers = Render<MudPopoverProvider>();
        var culture = Render<CultureSwitch>();

        culture.Find("button").Click();
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll("[data-test=culture-zh-CN]")));
        popovers.Find("[data-test=culture-zh-CN]").Click();

        var last = navigation.History.First();
        Assert.Equal("/culture/set?culture=zh-CN&redirectUri=%2Fpartners%3Ffilter%3Dacme", last.Uri);
        Assert.True(last.Options.ForceLoad);
    }

    [Fact]
    public void Menu_NamesEachLanguageInItself()
    {
        var popovers = Render<MudPopoverProvider>();
        var culture = Render<CultureSwitch>();

        culture.Find("button").Click();

        popovers.WaitForAssertion(() =>
        {
            Assert.Contains("English", popovers.Markup, StringComparison.Ordinal);
            Assert.Contains("简体中文", popovers.Markup, StringComparison.Ordinal);
        });
    }
}
