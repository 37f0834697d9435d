namespace A11yAudit.Browser.Check.Checks;

/// <summary>A slow connection (applied through the Chrome DevTools Protocol) and a slower CPU (simulated, see <see cref="CpuSlowdown"/>).</summary>
public sealed record NetworkProfile(string Name, double LatencyMilliseconds, double DownloadBytesPerSecond, double UploadBytesPerSecond, double CpuSlowdown)
{
    /// <summary>
    /// Lighthouse's mobile default ("Slow 4G": 150 ms RTT, 1.6 Mbps down, 750 Kbps up, 4× CPU) as applied
    /// by DevTools throttling, which adjusts for request-level emulation: 150 ms × 3.75 = 562.5 ms latency,
    /// throughput × 0.9 (Lighthouse constants.js mobileSlow4G; Chrome DevTools' "Slow 4G" preset). Chrome's
    /// "3G" preset (2,000 ms latency, 50 kB/s) would make every page take tens of seconds, which says little
    /// more than this one at many times the cost.
    /// </summary>
    public static readonly NetworkProfile Slow4G = new(
        "Slow 4G (Lighthouse mobile: 562.5 ms latency, 1.44 Mbps down, 675 Kbps up, 4x CPU slowdown)",
        150 * 3.75,
        1.6 * 1000 * 1000 / 8 * 0.9,
        750 * 1000 / 8 * 0.9,
        4);
}
