using System.Diagnostics;

namespace A11yAudit.Bench;

/// <summary>
/// Samples the resident memory of this process and of every browser process below it, and the CPU time of each
/// process in the tree by kind (Linux /proc).
/// </summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private readonly long _busyAtStart = BusyJiffies();

    /// <summary>CPU ticks per process when first seen (processes alive at the start count from there) and at the last sample.</summary>
    private readonly Dictionary<int, (string Kind, long First, long Last)> _cpu = [];

    public MemorySampler()
    {
        SampleCpu(Environment.ProcessId, DescendantsOrNone(), baseline: true);
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                Sample();
                try
                {
                    await Task.Delay(250, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });
    }

    public long PeakProcess { get; private set; }

    public long PeakBrowser { get; private set; }

    /// <summary>
    /// CPU time the whole machine spent busy while the mode ran (all processes: ours, the driver, the browser, a
    /// peer's node), from /proc/stat; null off Linux. On a machine whose cores are saturated this, not the wall
    /// time, is what a mode costs, and it varies far less from run to run.
    /// </summary>
    public double? BusyCpuSeconds { get; private set; }

    /// <summary>
    /// CPU seconds of the process tree while the mode ran, by kind of process (this .NET process, the driver or
    /// node, the browser process, renderers, GPU, other browser processes); null off Linux. A process that
    /// exits between two samples loses at most its last 250 ms.
    /// </summary>
    public IReadOnlyDictionary<string, double>? CpuSecondsByProcess { get; private set; }

    private const string DotNetKind = ".NET";
    private const string DriverKind = "driver/node";
    private const string BrowserKind = "browser";
    private const string RendererKind = "renderers";
    private const string GpuKind = "GPU";
    private const string OtherBrowserKind = "other browser";

    /// <summary>The kinds of process, in the order the benchmark's table shows them.</summary>
    public static readonly string[] Kinds = [DotNetKind, DriverKind, BrowserKind, RendererKind, GpuKind, OtherBrowserKind];

    private IReadOnlyList<int> DescendantsOrNone() => OperatingSystem.IsLinux() ? [.. Descendants(Environment.ProcessId)] : [];

    private void SampleCpu(int self, IReadOnlyList<int> descendants, bool baseline)
    {
        foreach (var pid in descendants.Prepend(self))
        {
            var ticks = CpuTicks(pid);
            if (ticks < 0)
            {
                continue;
            }

            var known = _cpu.TryGetValue(pid, out var seen);
            var kind = pid == self ? DotNetKind : Kind(pid) ?? (known ? seen.Kind : BrowserKind);
            _cpu[pid] = known ? (kind, seen.First, ticks) : (kind, baseline ? ticks : 0, ticks);
        }
    }

    /// <summary>
    /// Renderers forked from the zygote show the zygote's command line at first, so the kind is read every time.
    /// Null for a process that has exited but not been reaped: its command line is empty, and the kind seen before
    /// stands (read as the browser process, a closed context's renderer moved all its time to "browser").
    /// </summary>
    private static string? Kind(int pid)
    {
        if (!IsBrowser(pid))
        {
            return DriverKind;
        }

        var commandLine = ReadOrEmpty($"/proc/{pid}/cmdline").Replace('\0', ' ');
        if (commandLine.Length == 0)
        {
            return null;
        }

        return commandLine.Contains("--type=renderer", StringComparison.Ordinal) ? RendererKind
            : commandLine.Contains("--type=gpu-process", StringComparison.Ordinal) ? GpuKind
            : commandLine.Contains("--type=", StringComparison.Ordinal) ? OtherBrowserKind
            : BrowserKind;
    }

    private static bool IsBrowser(int pid) => ReadOrEmpty($"/proc/{pid}/comm").Contains("chrom", StringComparison.OrdinalIgnoreCase);

    /// <summary>The fields of /proc/PID/stat after the command name (which may hold spaces), or null when the process is gone.</summary>
    private static string[]? StatFields(int pid)
    {
        var stat = ReadOrEmpty($"/proc/{pid}/stat");
        var close = stat.LastIndexOf(')');
        return close < 0 || close + 2 > stat.Length ? null : stat[(close + 2)..].Split(' ');
    }

    /// <summary>User plus system time in ticks (100 per second), or -1 when the process is gone.</summary>
    private static long CpuTicks(int pid)
    {
        var fields = StatFields(pid);
        return fields is { Length: > 12 } && long.TryParse(fields[11], out var user) && long.TryParse(fields[12], out var system) ? user + system : -1;
    }

    private void Sample()
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        PeakProcess = Math.Max(PeakProcess, self.WorkingSet64);
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        long browser = 0;
        var descendants = DescendantsOrNone();
        SampleCpu(Environment.ProcessId, descendants, baseline: false);
        foreach (var pid in descendants)
        {
            if (IsBrowser(pid))
            {
                browser += RssBytes(pid);
            }
        }

        PeakBrowser = Math.Max(PeakBrowser, browser);
    }

    private static IEnumerable<int> Descendants(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            if (StatFields(pid) is { Length: > 1 } fields && int.TryParse(fields[1], out var parent))
            {
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }

                list.Add(pid);
            }
        }

        var stack = new Stack<int>([root]);
        while (stack.Count > 0)
        {
            var pid = stack.Pop();
            if (!children.TryGetValue(pid, out var kids))
            {
                continue;
            }

            foreach (var kid in kids)
            {
                yield return kid;
                stack.Push(kid);
            }
        }
    }

    /// <summary>Busy time of all cores so far in USER_HZ ticks (100 per second on Linux): everything but idle and iowait.</summary>
    private static long BusyJiffies()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        var first = ReadOrEmpty("/proc/stat").Split('\n')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (first.Length < 6 || first[0] != "cpu")
        {
            return 0;
        }

        var ticks = first.Skip(1).Select(v => long.TryParse(v, out var n) ? n : 0).ToArray();
        return ticks.Sum() - ticks[3] - ticks[4];
    }

    private static long RssBytes(int pid)
    {
        foreach (var line in ReadOrEmpty($"/proc/{pid}/status").Split('\n'))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal) && long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out var kb))
            {
                return kb * 1024;
            }
        }

        return 0;
    }

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private bool _disposed;

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _stop.CancelAsync();
        await _loop;
        Sample();
        var busy = BusyJiffies();
        BusyCpuSeconds = busy > 0 && _busyAtStart > 0 ? (busy - _busyAtStart) / 100.0 : null;
        CpuSecondsByProcess = OperatingSystem.IsLinux()
            ? _cpu.Values.GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Sum(p => p.Last - p.First) / 100.0)
            : null;
        _stop.Dispose();
    }
}
