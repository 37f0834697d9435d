using A11yAudit.Browser.Check;
using A11yAudit.Browser.Check.Checks;
using A11yAudit.Browser.Visit;
using A11yAudit.Core.Model;
using A11yAudit.IntegrationTests.Support;
using Microsoft.Playwright;

namespace A11yAudit.IntegrationTests.Launch;

/// <summary>Audited pages, and the isolated pages of the throttled and script-less reloads, load in popup windows, which have no tab throbber to draw.</summary>
public sealed class PopupWindowTests
{
    /// <summary>In a popup window the browser's toolbar is not shown; in a tab it is.</summary>
    private const string WindowKindScript = "() => window.toolbar.visible ? 'tab' : 'popup'";

    [TestCase(true)]
    [TestCase(false)]
    public async Task OpensTheContextsOnlyPageInAPopupWindowWithTheContextsViewport(bool javaScriptEnabled)
    {
        await using var context = await SharedBrowser.Session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            JavaScriptEnabled = javaScriptEnabled,
        });

        var page = await PopupWindow.OpenAsync(context);
        await page.SetContentAsync("<!doctype html><title>Before</title><script>document.title = 'After';</script><p>Hi</p>");

        Assert.Multiple(async () =>
        {
            Assert.That(await page.EvaluateAsync<string>(WindowKindScript), Is.EqualTo("popup"));
            Assert.That(context.Pages, Is.EqualTo(new[] { page }), "the tab that opened the window is closed");
            Assert.That(await page.EvaluateAsync<int>("() => innerWidth"), Is.EqualTo(390));
            Assert.That(await page.EvaluateAsync<bool>("() => window.opener === null"), Is.True);
            Assert.That(await page.EvaluateAsync<string>("() => document.visibilityState"), Is.EqualTo("visible"));
            Assert.That(await page.TitleAsync(), Is.EqualTo(javaScriptEnabled ? "After" : "Before"), "the context's JavaScript setting holds in the window");
        });
    }

    [Test]
    public async Task TheVisitorsPagesArePopupWindows()
    {
        var findings = await CheckHarness.RunAsync(new WindowKindProbe(), "low-bandwidth/barrier.html");

        Assert.That(findings.Single().Description, Is.EqualTo("audited in a popup; scripts on: popup; scripts off: popup"));
    }

    /// <summary>Reports what kind of window the audited page and each kind of isolated page are in.</summary>
    private sealed class WindowKindProbe : IPageCheck
    {
        public string Id => "window-kind-probe";

        public string Help => "Test probe";

        public IReadOnlyList<string> WcagCriteria { get; } = [];

        public CheckCost Cost => CheckCost.Cheap;

        public async Task<IReadOnlyList<Finding>> RunAsync(PageCheckContext context, CancellationToken cancellationToken)
        {
            var tab = await context.Page.EvaluateAsync<string>(WindowKindScript);
            var kinds = new List<string>();
            foreach (var scripts in new[] { true, false })
            {
                await using var lease = await context.LeaseIsolatedPageAsync!(scripts);
                kinds.Add($"scripts {(scripts ? "on" : "off")}: {await lease.Page.EvaluateAsync<string>(WindowKindScript)}");
            }

            return [new Finding
            {
                RuleId = Id,
                Source = "a11yaudit",
                Outcome = FindingOutcome.NeedsReview,
                Help = Help,
                Description = $"audited in a {tab}; {string.Join("; ", kinds)}",
                Nodes = [OwnCheckFinding.Node("html", "", "probe", Impact.Minor, new Dictionary<string, string>())],
            }];
        }
    }
}
