using Portal.Infrastructure.Markdown;

namespace Portal.Tests.Docs;

public sealed class DocUrlsTests
{
    [Theory]
    [InlineData("v4.0", "resources-and-data-models/vrp/domestic-vrps", "status")]
    [InlineData("v3.1.10", "references/file name with spaces", null)]
    [InlineData("版本 2", "支付/国内", "幂等")]
    public void TryParsePage_ReadsBackWhatPageWrote_WithoutTheAnchor(string version, string path, string? anchor)
    {
        Assert.True(DocUrls.TryParsePage(DocUrls.Page(version, path, anchor), out var parsedVersion, out var parsedPath));

        Assert.Equal((version, path), (parsedVersion, parsedPath));
    }

    [Theory]
    [InlineData("/search?q=docs")]
    [InlineData("/docs/v2")]
    [InlineData("/docs//payments")]
    [InlineData("https://evil.example/docs/v2/payments")]
    public void TryParsePage_AnythingButADocPage_IsNotOne(string url) => Assert.False(DocUrls.TryParsePage(url, out _, out _));
}
