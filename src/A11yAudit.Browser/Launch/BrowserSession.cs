using A11yAudit.Core.Options;
using Microsoft.Playwright;

namespace A11yAudit.Browser.Launch;

/// <summary>One Playwright driver and one browser for a whole audit; workers each take a fresh context.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>
    /// Flags that keep Chromium quiet on closed networks and in containers, and one that saves CPU: with a
    /// context per worker, Chromium keeps a spare renderer warm for whichever context navigated last, so every
    /// navigation in another context killed the spare and started a new one (about one renderer process per
    /// page audited). At the renderer limit no spare is made; the limit is soft, so contexts and sites still
    /// get processes of their own. Benchmark, default audit of 30 pages at concurrency 2: 55 → 44 CPU-seconds in all.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-default-apps",
        "--disable-extensions",
        "--mute-audio",
        "--disable-breakpad",
        "--disable-crash-reporter",
        "--renderer-process-limit=1",
    ];

    /// <summary>Everything A11yAudit passes to Chromium at launch: the defaults, then the user's, then the one feature switch.</summary>
    public static IReadOnlyList<string> LaunchArgs(IEnumerable<string> extraArgs) => ChromiumFeatures.WithDisabledFeatures(DefaultArgs.Concat(extraArgs));

    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser, string? executablePath)
    {
        _playwright = playwright;
        Browser = browser;
        ExecutablePath = executablePath;
    }

    public IBrowser Browser { get; }

    public string? ExecutablePath { get; }

    public string Version => Browser.Version;

    public string Name => "Chromium";

    public static async Task<BrowserSession> LaunchAsync(BrowserOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var executable = BrowserLocator.Locate(options.ExecutablePath);
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = options.Headless,
                Args = LaunchArgs(options.ExtraArgs),
                Timeout = 60_000,
            }).ConfigureAwait(false);
            return new BrowserSession(playwright, browser, executable);
        }
        catch (PlaywrightException ex) when (executable is null && ex.Message.Contains("Executable doesn't exist", StringComparison.OrdinalIgnoreCase))
        {
            playwright.Dispose();
            throw new BrowserNotFoundException(BrowserLocator.InstallHelp);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Connects to a Playwright browser server (ws://…) instead of launching.</summary>
    public static async Task<BrowserSession> ConnectAsync(string endpoint)
    {
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            var browser = await playwright.Chromium.ConnectAsync(endpoint).ConfigureAwait(false);
            return new BrowserSession(playwright, browser, null);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public Task<IBrowserContext> NewContextAsync(ViewportOptions viewport, bool javaScriptEnabled = true)
    {
        ArgumentNullException.ThrowIfNull(viewport);
        return Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.IsMobile,
            HasTouch = viewport.IsMobile,
            DeviceScaleFactor = (float)viewport.DeviceScaleFactor,
            JavaScriptEnabled = javaScriptEnabled,
            // Service workers would answer requests our router never sees.
            ServiceWorkers = ServiceWorkerPolicy.Block,
            AcceptDownloads = false,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Closing.QuietlyAsync(() => Browser.CloseAsync()).ConfigureAwait(false);
        _playwright.Dispose();
    }
}
