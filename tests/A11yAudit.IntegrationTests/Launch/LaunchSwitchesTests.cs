using System.Text.Json;

namespace A11yAudit.IntegrationTests.Launch;

/// <summary>The launch switches reach the browser: the browser UI that A11yAudit turns off is not there.</summary>
public sealed class LaunchSwitchesTests
{
    [Test]
    public async Task NoAddressBarPopupIsPreloadedForAnAuditedPage()
    {
        var browser = SharedBrowser.Session.Browser;
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<!doctype html><title>t</title><h1>Hi</h1>");
        var cdp = await browser.NewBrowserCDPSessionAsync();
        try
        {
            var reply = await cdp.SendAsync("Target.getTargets", new Dictionary<string, object> { ["filter"] = new[] { new Dictionary<string, object>() } });
            var targets = reply!.Value.GetProperty("targetInfos").EnumerateArray()
                .Select(t => (Type: t.GetProperty("type").GetString(), Url: t.GetProperty("url").GetString() ?? ""))
                .ToList();

            Assert.Multiple(() =>
            {
                Assert.That(targets.Select(t => t.Type), Does.Contain("page"), "the page itself is listed");
                Assert.That(targets.Where(t => t.Url.Contains("omnibox", StringComparison.OrdinalIgnoreCase)), Is.Empty, JsonSerializer.Serialize(targets));
            });
        }
        finally
        {
            await cdp.DetachAsync();
        }
    }
}
