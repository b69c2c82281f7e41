namespace Portal.Tests.Browser;

/// <summary>
/// The browser test classes run one after the other (each still with its own server and browser):
/// two Chromiums and two servers at once only compete for the same cores and make timings flaky.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
