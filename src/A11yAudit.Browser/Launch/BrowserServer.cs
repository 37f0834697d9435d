using System.Diagnostics;
using System.Runtime.InteropServices;

namespace A11yAudit.Browser.Launch;

/// <summary>
/// A Playwright browser server running a system Chromium, started with the Node.js driver that ships
/// inside the Microsoft.Playwright package (its own `run-server` insists on Playwright's browser build).
/// Audits on other machines connect to it with --browser-endpoint.
/// </summary>
public sealed class BrowserServer : IAsyncDisposable
{
    private const string Script = """
        const { chromium } = require(process.argv[2]);
        (async () => {
          const server = await chromium.launchServer({
            executablePath: process.argv[3] || undefined,
            headless: true,
            host: process.argv[4],
            port: Number(process.argv[5]) || undefined,
            args: JSON.parse(process.argv[6]),
          });
          console.log(server.wsEndpoint());
          const stop = () => server.close().finally(() => process.exit(0));
          process.on('SIGTERM', stop);
          process.on('SIGINT', stop);
          process.stdin.on('end', stop);
          process.stdin.resume();
        })().catch(e => { console.error(e.message); process.exit(2); });
        """;

    private readonly Process _process;

    private BrowserServer(Process process, string endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    public string Endpoint { get; }

    public int ProcessId => _process.Id;

    public static async Task<BrowserServer> StartAsync(string? executablePath, string host = "127.0.0.1", int port = 0, CancellationToken cancellationToken = default)
    {
        var driver = Path.Combine(AppContext.BaseDirectory, ".playwright");
        var node = Path.Combine(driver, "node", NodeFolder(), OperatingSystem.IsWindows() ? "node.exe" : "node");
        if (!File.Exists(node))
        {
            throw new BrowserNotFoundException($"The Playwright driver was not found at {driver}.");
        }

        var scriptPath = Path.Combine(Path.GetTempPath(), $"a11yaudit-browser-server-{Environment.ProcessId}-{Guid.NewGuid():N}.js");
        await File.WriteAllTextAsync(scriptPath, Script, cancellationToken).ConfigureAwait(false);
        var start = new ProcessStartInfo(node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(scriptPath);
        start.ArgumentList.Add(Path.Combine(driver, "package"));
        start.ArgumentList.Add(BrowserLocator.Locate(executablePath) ?? string.Empty);
        start.ArgumentList.Add(host);
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(System.Text.Json.JsonSerializer.Serialize(BrowserSession.LaunchArgs([])));
        var process = Process.Start(start) ?? throw new InvalidOperationException("The browser server could not be started.");
        var line = await process.StandardOutput.ReadLineAsync(cancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
        File.Delete(scriptPath);
        if (line is null || !line.StartsWith("ws", StringComparison.Ordinal))
        {
            var error = await process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The browser server did not start: " + (line ?? error).Trim());
        }

        return new BrowserServer(process, line.Trim());
    }

    /// <summary>Stops the server abruptly, as a crashed machine would (tests of fail-over).</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>Waits until the server exits (Ctrl+C or its standard input closing stops it).</summary>
    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000))
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        await Task.CompletedTask.ConfigureAwait(false);
    }

    private static string NodeFolder()
    {
        var os = OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
        var arch = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64";
        return $"{os}_{arch}" is var name && Directory.Exists(Path.Combine(AppContext.BaseDirectory, ".playwright", "node", name)) ? name : $"{os}-{arch}";
    }
}
