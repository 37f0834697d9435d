using A11yAudit.Browser.Visit;
using A11yAudit.Cli.Serving;
using A11yAudit.Core.Options;
using A11yAudit.Core.Urls;
using A11yAudit.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;

namespace A11yAudit.IntegrationTests.Scale;

/// <summary>Reload checks borrow a page per worker and give it back for the next audited page.</summary>
[TestFixture]
public sealed class IsolatedPagePoolTests
{
    [Test]
    public async Task APageGivenBackIsReusedAndDoesNotWanderOffWhileIdle()
    {
        var refreshes = 0;
        await using var site = await LocalSiteServer.StartAsync(RepoPaths.Fixture("crawl"), routes =>
        {
            // A session time-out page: it sends the browser elsewhere after a second, without any script.
            routes.MapGet("/timeout", () => Results.Content("<!doctype html><html lang=\"en\"><head><title>Session ending</title><meta http-equiv=\"refresh\" content=\"1;url=/signed-out\"></head><body><p>Your session is ending.</p></body></html>", "text/html"));
            routes.MapGet("/signed-out", () =>
            {
                Interlocked.Increment(ref refreshes);
                return Results.Content("<!doctype html><html lang=\"en\"><head><title>Signed out</title></head><body><p>Signed out.</p></body></html>", "text/html");
            });
        });
        var opened = 0;
        await using var pool = new IsolatedPagePool(javaScriptEnabled =>
        {
            Interlocked.Increment(ref opened);
            return OpenGuardedPageAsync(javaScriptEnabled);
        });

        IPage first;
        await using (var lease = await pool.LeaseAsync(javaScriptEnabled: false))
        {
            first = lease.Page;
            await lease.Page.GotoAsync(new Uri(site.BaseUrl, "/timeout").AbsoluteUri);
            lease.Keep();
        }

        // Longer than the refresh delay: an idle page left unguarded would have gone to /signed-out by now.
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        await using (var again = await pool.LeaseAsync(javaScriptEnabled: false))
        {
            Assert.Multiple(() =>
            {
                Assert.That(again.Page, Is.SameAs(first), "the page given back is lent again");
                Assert.That(opened, Is.EqualTo(1));
                Assert.That(refreshes, Is.EqualTo(0), "the idle page followed its meta refresh");
            });
            await again.Page.GotoAsync(new Uri(site.BaseUrl, "/signed-out").AbsoluteUri);
            Assert.That(refreshes, Is.EqualTo(1), "a page in use navigates as asked");
            again.Keep();
        }

        await using (var notKept = await pool.LeaseAsync(javaScriptEnabled: false))
        {
            Assert.That(notKept.Page, Is.SameAs(first));
        }

        await using var fresh = await pool.LeaseAsync(javaScriptEnabled: false);
        Assert.Multiple(() =>
        {
            Assert.That(fresh.Page, Is.Not.SameAs(first), "a page given back without Keep is closed, not lent again");
            Assert.That(first.IsClosed, Is.True);
        });
    }

    [Test]
    public async Task APageWithScriptsStopsThemWhileIdleAndRunsPagesAgainWhenLent()
    {
        var ticks = 0;
        await using var site = await LocalSiteServer.StartAsync(RepoPaths.Fixture("crawl"), routes =>
        {
            // A page that keeps calling home, as polling and analytics scripts do.
            routes.MapGet("/polling", () => Results.Content("<!doctype html><html lang=\"en\"><head><title>Polling</title></head><body><p>Live.</p><script>setInterval(() => fetch('/tick'), 50);</script></body></html>", "text/html"));
            routes.MapGet("/tick", () =>
            {
                Interlocked.Increment(ref ticks);
                return Results.Text("ok");
            });
        });
        await using var pool = new IsolatedPagePool(OpenGuardedPageAsync);

        IPage first;
        await using (var lease = await pool.LeaseAsync(javaScriptEnabled: true))
        {
            first = lease.Page;
            await lease.Page.GotoAsync(new Uri(site.BaseUrl, "/polling").AbsoluteUri);
            await WaitForAsync(() => Volatile.Read(ref ticks) >= 3);
            lease.Keep();
        }

        // One request may already be on its way when the page is given back.
        var givenBack = Volatile.Read(ref ticks);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.That(Volatile.Read(ref ticks), Is.LessThanOrEqualTo(givenBack + 1), "an idle page kept running its scripts");

        await using var again = await pool.LeaseAsync(javaScriptEnabled: true);
        Assert.That(again.Page, Is.SameAs(first), "the page given back is lent again");
        await again.Page.GotoAsync(new Uri(site.BaseUrl, "/polling").AbsoluteUri);
        var reloaded = Volatile.Read(ref ticks);
        await WaitForAsync(() => Volatile.Read(ref ticks) >= reloaded + 3);
        Assert.That(await again.Page.TitleAsync(), Is.EqualTo("Polling"), "a page lent again loads and runs its scripts");
    }

    /// <summary>What the visitor opens for the pool: a page in a context of its own, behind a GET-only guard.</summary>
    private static async Task<(IPage Page, NavigationGuard Guard)> OpenGuardedPageAsync(bool javaScriptEnabled)
    {
        var context = await SharedBrowser.Session.NewContextAsync(ViewportOptions.Mobile, javaScriptEnabled);
        var guard = new NavigationGuard(_ => new CrawlDecision(true, null), allowNonGet: false, TimeSpan.FromSeconds(10));
        await guard.AttachAsync(context);
        return (await context.NewPageAsync(), guard);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "timed out waiting");
            await Task.Delay(20);
        }
    }
}
