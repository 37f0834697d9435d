namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// A slower phone's CPU, simulated the way Lighthouse's simulated throttling does it: the renderer's main-thread
/// time up to a moment of the load, multiplied by the slowdown, moves that moment later. Chromium's own CPU
/// throttling (DevTools <c>Emulation.setCPUThrottlingRate</c>) burns the CPU it pretends to lack: a 4× throttled
/// load used 3–4× the CPU of the same load unthrottled on a 2-core machine, time taken from every other page
/// being audited at once.
/// </summary>
public static class CpuSlowdown
{
    /// <summary>The time of a load milestone on a CPU <paramref name="slowdown"/> times slower.</summary>
    /// <param name="milestoneMs">When the milestone happened on this machine (ms from navigation start).</param>
    /// <param name="mainThreadMsBefore">Main-thread CPU time the page used before the milestone.</param>
    public static double Delay(double milestoneMs, double mainThreadMsBefore, double slowdown) =>
        milestoneMs < 0 ? milestoneMs : milestoneMs + Math.Max(0, mainThreadMsBefore) * Math.Max(0, slowdown - 1);
}
