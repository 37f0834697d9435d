using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using A11yAudit.Core.Model;
using A11yAudit.Core.Options;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Visit;

/// <summary>
/// Evidence a person can see: a small thumbnail of each scanned page, and for failing elements a JPEG of the
/// page region around the element with the element outlined. Files go to <c>&lt;out&gt;/screenshots/</c> and are
/// referenced from results as "screenshots/NAME.jpg". A screenshot that cannot be taken is skipped, never an
/// error: the page's findings stand without it.
/// </summary>
public sealed class ElementScreenshotter
{
    /// <summary>Shots of one rule on one page; the first few nodes show the pattern.</summary>
    public const int MaxPerRule = 3;

    /// <summary>Distinct elements shot on one page.</summary>
    public const int MaxPerPage = 10;

    /// <summary>Largest region captured around an element, in CSS pixels.</summary>
    public const int MaxWidth = 800;

    public const int MaxHeight = 600;

    /// <summary>Space kept around the element so its surroundings are recognisable.</summary>
    public const int Margin = 24;

    public const int JpegQuality = 70;

    /// <summary>Thumbnails are this wide, whatever the viewport.</summary>
    public const int ThumbnailWidth = 240;

    // Runs in the audited page: the selector is passed as an argument, never spliced into code.
    private const string LocateAndOutlineScript = """
        (selector) => {
          document.querySelectorAll('[data-a11yaudit-outline]').forEach(e => e.remove());
          let el = null;
          try { el = document.querySelector(selector); } catch (e) { return null; }
          if (!el || !(el instanceof Element)) { return null; }
          if (['HTML', 'HEAD', 'BODY', 'TITLE', 'META', 'LINK', 'SCRIPT', 'STYLE'].includes(el.tagName.toUpperCase())) { return null; }
          el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
          const r = el.getBoundingClientRect();
          if (r.width < 1 || r.height < 1) { return null; }
          const box = document.createElement('div');
          box.setAttribute('data-a11yaudit-outline', '');
          const s = box.style;
          s.position = 'fixed'; s.left = (r.left - 4) + 'px'; s.top = (r.top - 4) + 'px';
          s.width = (r.width + 8) + 'px'; s.height = (r.height + 8) + 'px';
          s.border = '3px solid #d4351c'; s.boxShadow = '0 0 0 2px #ffffff, inset 0 0 0 2px #ffffff';
          s.boxSizing = 'border-box'; s.zIndex = '2147483647'; s.pointerEvents = 'none'; s.margin = '0';
          (document.body || document.documentElement).appendChild(box);
          return { x: r.left, y: r.top, width: r.width, height: r.height, viewportWidth: document.documentElement.clientWidth || window.innerWidth, viewportHeight: document.documentElement.clientHeight || window.innerHeight, scrollX: window.scrollX, scrollY: window.scrollY };
        }
        """;

    private const string RemoveOutlineScript =
        "() => { document.querySelectorAll('[data-a11yaudit-outline]').forEach(e => e.remove()); window.scrollTo(0, 0); }";

    private readonly string _directory;

    public ElementScreenshotter(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _directory = Path.GetFullPath(directory);
    }

    /// <summary>Takes the page thumbnail and element shots; returns the findings with <see cref="FindingNode.Screenshot"/> set.</summary>
    public async Task<ScreenshotResult> CaptureAsync(IPage page, string pageUrl, string viewport, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(findings);
        Directory.CreateDirectory(_directory);

        // One DevTools session for all of the page's shots: opening one per shot cost two round trips each. Without
        // one (not Chromium, or the page has gone) the findings stand without pictures.
        var cdp = await DevTools.TryOpenAsync(page).ConfigureAwait(false);
        if (cdp is null)
        {
            return new ScreenshotResult(findings, null);
        }

        try
        {
            return await CaptureAllAsync(page, cdp, pageUrl, viewport, findings, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await DevTools.DetachQuietlyAsync(cdp).ConfigureAwait(false);
        }
    }

    private async Task<ScreenshotResult> CaptureAllAsync(IPage page, ICDPSession cdp, string pageUrl, string viewport, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        var thumbnail = await ThumbnailAsync(page, cdp, pageUrl, viewport, cancellationToken).ConfigureAwait(false);

        var shots = new Dictionary<string, string?>(StringComparer.Ordinal);
        var updated = findings.ToArray();

        // The worst problems get the page's limited shots first.
        var order = Enumerable.Range(0, updated.Length)
            .Where(i => updated[i].Outcome == FindingOutcome.Violation)
            .OrderByDescending(i => updated[i].Impact ?? updated[i].Nodes.Select(n => n.Impact).Max() ?? Impact.Minor)
            .ToList();
        foreach (var index in order)
        {
            var finding = updated[index];
            var nodes = finding.Nodes.ToArray();
            var taken = 0;
            for (var n = 0; n < nodes.Length && taken < MaxPerRule; n++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var target = nodes[n].Target;
                if (target.IsInFrame || target.IsInShadowDom || target.Frames.Count == 0 || target.Frames[0].Count == 0)
                {
                    continue;
                }

                var selector = target.Frames[0][0];
                if (!shots.TryGetValue(selector, out var path))
                {
                    if (shots.Count(s => s.Value is not null) >= MaxPerPage)
                    {
                        break;
                    }

                    path = await ElementAsync(page, cdp, pageUrl, viewport, selector, cancellationToken).ConfigureAwait(false);
                    shots[selector] = path;
                }

                if (path is not null)
                {
                    nodes[n] = nodes[n] with { Screenshot = path };
                    taken++;
                }
            }

            updated[index] = finding with { Nodes = nodes };
        }

        if (shots.Count > 0)
        {
            await TryEvaluateAsync(page, RemoveOutlineScript).ConfigureAwait(false);
        }

        return new ScreenshotResult(updated, thumbnail);
    }

    private async Task<string?> ThumbnailAsync(IPage page, ICDPSession cdp, string pageUrl, string viewport, CancellationToken cancellationToken)
    {
        var size = page.ViewportSize;
        if (size is null || size.Width <= 0 || size.Height <= 0)
        {
            return null;
        }

        var name = FileName("thumb", pageUrl, viewport, "");
        try
        {
            await page.EvaluateAsync("() => window.scrollTo(0, 0)").ConfigureAwait(false);

            // Chromium scales while capturing, so no image library is needed to make a thumbnail.
            var scale = Math.Min(1.0, (double)ThumbnailWidth / size.Width);
            return await CaptureAsync(cdp, name, 0, 0, size.Width, size.Height, scale, cancellationToken).ConfigureAwait(false)
                ? RelativePath(name)
                : null;
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }

    /// <summary>
    /// One JPEG of a region given in document coordinates, straight from Chromium (DevTools protocol), so the
    /// page is neither scrolled nor resized while it is taken.
    /// </summary>
    private async Task<bool> CaptureAsync(ICDPSession cdp, string name, double x, double y, double width, double height, double scale, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await cdp.SendAsync("Page.captureScreenshot", new Dictionary<string, object>
            {
                ["format"] = "jpeg",
                ["quality"] = JpegQuality,
                ["captureBeyondViewport"] = false,
                ["clip"] = new Dictionary<string, object> { ["x"] = x, ["y"] = y, ["width"] = width, ["height"] = height, ["scale"] = scale },
            }).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (reply is not { } json || !json.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            await File.WriteAllBytesAsync(Path.Combine(_directory, name), Convert.FromBase64String(data.GetString()!), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is PlaywrightException or FormatException or IOException or TimeoutException)
        {
            return false;
        }
    }

    private async Task<string?> ElementAsync(IPage page, ICDPSession cdp, string pageUrl, string viewport, string selector, CancellationToken cancellationToken)
    {
        try
        {
            var json = await page.EvaluateAsync<JsonElement?>(LocateAndOutlineScript, selector).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (json is not { ValueKind: JsonValueKind.Object } found)
            {
                return null;
            }

            var clip = Region(new ElementBox(
                found.GetProperty("x").GetDouble(),
                found.GetProperty("y").GetDouble(),
                found.GetProperty("width").GetDouble(),
                found.GetProperty("height").GetDouble(),
                found.GetProperty("viewportWidth").GetDouble(),
                found.GetProperty("viewportHeight").GetDouble()));
            if (clip is null)
            {
                return null;
            }

            var name = FileName("element", pageUrl, viewport, selector);
            var scrollX = found.GetProperty("scrollX").GetDouble();
            var scrollY = found.GetProperty("scrollY").GetDouble();
            if (!await CaptureAsync(cdp, name, clip.X + scrollX, clip.Y + scrollY, clip.Width, clip.Height, 1, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            return RelativePath(name);
        }
        catch (Exception ex) when (ex is PlaywrightException or IOException or TimeoutException or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The element plus a margin, at most <see cref="MaxWidth"/> × <see cref="MaxHeight"/>, inside the viewport.</summary>
    internal static Clip? Region(ElementBox box)
    {
        var left = Math.Max(0, box.X - Margin);
        var top = Math.Max(0, box.Y - Margin);
        var right = Math.Min(box.ViewportWidth, box.X + box.Width + Margin);
        var bottom = Math.Min(box.ViewportHeight, box.Y + box.Height + Margin);

        // A huge element keeps its top-left corner in view, where its start is.
        right = Math.Min(right, left + MaxWidth);
        bottom = Math.Min(bottom, top + MaxHeight);
        if (right - left < 1 || bottom - top < 1)
        {
            return null;
        }

        return new Clip { X = (float)left, Y = (float)top, Width = (float)(right - left), Height = (float)(bottom - top) };
    }

    /// <summary>Deterministic, so a re-run overwrites rather than piles up; no page text reaches the file system.</summary>
    internal static string FileName(string kind, string pageUrl, string viewport, string selector)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', kind, pageUrl, viewport, selector)));
        return Convert.ToHexStringLower(hash.AsSpan(0, 10)) + ".jpg";
    }

    private static string RelativePath(string name) => AuditOptions.ScreenshotFolderName + "/" + name;

    private static async Task TryEvaluateAsync(IPage page, string script)
    {
        try
        {
            await page.EvaluateAsync(script).ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The page navigated or closed; nothing is left to clean up.
        }
    }
}

/// <summary>Where an element is in the viewport, in CSS pixels.</summary>
public sealed record ElementBox(double X, double Y, double Width, double Height, double ViewportWidth, double ViewportHeight);

/// <summary>Findings with screenshot paths set, and the page thumbnail (relative to the output folder) if one was taken.</summary>
public sealed record ScreenshotResult(IReadOnlyList<Finding> Findings, string? Thumbnail);
