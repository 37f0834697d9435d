using System.Text.Json;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// How the audited tab's own load went, from the page's Navigation and Resource Timing entries: every request with
/// its size and when it began and ended, and the load's milestones. <see cref="SlowConnectionEstimate"/> replays it on
/// a slow connection. Times are ms from navigation start on this machine's connection (a local site: almost no wait).
/// </summary>
/// <param name="DocumentBytes">The document's bytes on the wire (headers included); -1 when the page does not say.</param>
/// <param name="LcpMs">When the largest contentful paint happened; -1 when none was recorded.</param>
/// <param name="LcpUrl">The largest contentful paint's image, or empty for text (or an inline image).</param>
/// <param name="TimelineFull">The page's resource timing buffer is full, so later requests are missing.</param>
/// <param name="HasFrames">The page has frames (or objects), whose own requests are in timelines of their own.</param>
/// <param name="LargerImages">Images (and background images) in the first screen larger than the largest paint so far, any of which may yet be painted as the largest.</param>
public sealed record LoadTimeline(
    Uri Document,
    long DocumentBytes,
    int Redirects,
    double ResponseEndMs,
    double DomContentLoadedMs,
    double LoadMs,
    double LcpMs,
    string LcpUrl,
    IReadOnlyList<TimelineRequest> Requests,
    bool TimelineFull,
    bool HasFrames = false,
    IReadOnlyList<string>? LargerImages = null)
{
    /// <summary>Chromium keeps 250 resource entries unless the page asks for more.</summary>
    private const int DefaultBufferSize = 250;

    private const string Script = """
        async () => {
          // Buffered entries arrive in a task of their own, which may come after a zero timeout: wait for them (a page
          // that painted nothing has none, hence the time-out).
          const lcp = await new Promise(resolve => {
            try {
              const observer = new PerformanceObserver(list => { const entries = list.getEntries(); observer.disconnect(); resolve(entries.length ? entries[entries.length - 1] : null); });
              observer.observe({ type: 'largest-contentful-paint', buffered: true });
              setTimeout(() => { observer.disconnect(); resolve(null); }, 100);
            } catch { resolve(null); }
          });
          // An image can still become the largest paint after this is read (a busy machine paints it a frame or two
          // after the load event): every image in the first screen larger than the paint so far may be the one.
          const painted = lcp ? lcp.size : 0;
          const largerImages = [];
          const shownArea = (el) => {
            const r = el.getBoundingClientRect();
            return Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0)) * Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
          };
          for (const img of document.images) {
            if (img.currentSrc && shownArea(img) > painted) { largerImages.push(img.currentSrc); }
            if (largerImages.length >= 100) { break; }
          }
          // Background images count as paints too (a hero banner).
          const all = document.body ? document.body.getElementsByTagName('*') : [];
          for (let i = 0; i < all.length && i < 3000 && largerImages.length < 100; i++) {
            const el = all[i];
            if (shownArea(el) <= painted) { continue; }
            for (const m of getComputedStyle(el).backgroundImage.matchAll(/url\(["']?([^"')]+)["']?\)/g)) {
              try { largerImages.push(new URL(m[1], document.baseURI).href); } catch { }
            }
          }
          const nav = performance.getEntriesByType('navigation')[0];
          const resources = performance.getEntriesByType('resource');
          return JSON.stringify({
            documentBytes: nav ? (nav.transferSize || nav.encodedBodySize || -1) : -1,
            redirects: nav ? nav.redirectCount : 0,
            responseEndMs: nav ? nav.responseEnd : -1,
            domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : -1,
            loadMs: nav ? nav.loadEventEnd : -1,
            lcpMs: lcp ? lcp.startTime : -1,
            lcpUrl: lcp && lcp.url ? lcp.url : '',
            largerImages,
            hasFrames: window.frames.length > 0 || !!document.querySelector('iframe, frame, object, embed'),
            requests: resources.map(e => ({
              url: e.name, initiator: e.initiatorType, startMs: e.startTime, endMs: e.responseEnd,
              transferBytes: e.transferSize, bodyBytes: e.encodedBodySize, protocol: e.nextHopProtocol,
              renderBlocking: e.renderBlockingStatus === 'blocking' })),
          });
        }
        """;

    /// <summary>Reads the timeline of the page the tab shows; null when it does not show <paramref name="url"/> or cannot be read.</summary>
    public static async Task<LoadTimeline?> ReadAsync(IPage page, Uri url)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(url);
        if (!Visit.PageAddress.Shows(page, url))
        {
            return null;
        }

        try
        {
            var json = await page.EvaluateAsync<string>(Script).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            var read = JsonSerializer.Deserialize<Read>(json, OwnCheckFinding.Json);
            return read is null ? null : FromRead(url, read);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException or JsonException)
        {
            return null;
        }
    }

    private static LoadTimeline FromRead(Uri url, Read read)
    {
        var requests = read.Requests.Select(r => new TimelineRequest(
            r.Url,
            r.Initiator,
            r.StartMs,
            Math.Max(r.StartMs, r.EndMs),
            SizeOnTheWire(url, r),
            r.Protocol,
            r.RenderBlocking)).ToList();
        return new LoadTimeline(url, read.DocumentBytes, read.Redirects, read.ResponseEndMs, read.DomContentLoadedMs, read.LoadMs, read.LcpMs, read.LcpUrl, requests, requests.Count >= DefaultBufferSize, read.HasFrames, read.LargerImages);
    }

    /// <summary>
    /// Bytes on the wire, or null when the page is not told: another site's response without
    /// <c>Timing-Allow-Origin</c> reports no sizes. A response the page was told is empty (a 204, a 404 favicon) is 0.
    /// </summary>
    private static long? SizeOnTheWire(Uri document, ReadRequest request)
    {
        if (request.TransferBytes > 0)
        {
            return request.TransferBytes;
        }

        if (request.BodyBytes > 0)
        {
            // From a cache: a cold load would fetch it, with its headers (Chromium counts 300 bytes for them).
            return request.BodyBytes + 300;
        }

        return Uri.TryCreate(request.Url, UriKind.Absolute, out var address) && address.GetLeftPart(UriPartial.Authority) == document.GetLeftPart(UriPartial.Authority)
            ? 0
            : null;
    }

    private sealed record Read(long DocumentBytes, int Redirects, double ResponseEndMs, double DomContentLoadedMs, double LoadMs, double LcpMs, string LcpUrl, IReadOnlyList<ReadRequest> Requests, bool HasFrames, IReadOnlyList<string> LargerImages);

    private sealed record ReadRequest(string Url, string Initiator, double StartMs, double EndMs, long TransferBytes, long BodyBytes, string Protocol, bool RenderBlocking);
}

/// <summary>One request of a load, as the page's Resource Timing saw it.</summary>
/// <param name="Initiator">Resource Timing's <c>initiatorType</c>: <c>link</c>, <c>script</c>, <c>img</c>, <c>css</c>, <c>fetch</c>…</param>
/// <param name="Bytes">Bytes on the wire; null when the page is not told (another site's response).</param>
/// <param name="Protocol"><c>http/1.1</c>, <c>h2</c>, <c>h3</c>, or empty when the page is not told.</param>
public sealed record TimelineRequest(string Url, string Initiator, double StartMs, double EndMs, long? Bytes, string Protocol, bool RenderBlocking);
