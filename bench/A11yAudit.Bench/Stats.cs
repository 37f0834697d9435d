namespace A11yAudit.Bench;

/// <summary>Per-page timings of one benchmark mode, and what they add up to.</summary>
internal sealed class Stats(string mode, int concurrency)
{
    private readonly List<double> _total = [];
    private readonly List<double> _navigate = [];
    private readonly List<double> _axe = [];
    private readonly List<double> _checks = [];
    private readonly List<double> _screenshots = [];

    public string Mode => mode;
    public int Concurrency => concurrency;
    public int Pages => _total.Count;
    public TimeSpan Wall { get; set; }
    public long PeakProcessBytes { get; set; }
    public long PeakBrowserBytes { get; set; }
    public long OutputBytes { get; set; }

    /// <summary>Busy CPU time of the whole machine during the mode (see MemorySampler.BusyCpuSeconds).</summary>
    public double? BusyCpuSeconds { get; set; }

    /// <summary>Busy CPU per page in milliseconds; null where it was not measured.</summary>
    public double? CpuMsPerPage => BusyCpuSeconds is { } cpu ? MsPerPage(cpu) : null;

    private double MsPerPage(double seconds) => seconds * 1000 / Math.Max(1, Pages);

    /// <summary>CPU of the mode's process tree by kind of process (see MemorySampler.CpuSecondsByProcess).</summary>
    public IReadOnlyDictionary<string, double>? CpuSecondsByProcess { get; set; }

    public static string CpuSplitHeader =>
        $"| mode | conc. | pages | {string.Join(" | ", MemorySampler.Kinds)} |\n| --- | ---: | ---: |{string.Concat(MemorySampler.Kinds.Select(_ => " ---: |"))}";

    /// <summary>CPU ms per page of each kind of process; null where it was not measured.</summary>
    public string? CpuSplitRow() => CpuSecondsByProcess is { } split
        ? $"| {mode} | {concurrency} | {Pages} | {string.Join(" | ", MemorySampler.Kinds.Select(k => MsPerPage(split.GetValueOrDefault(k)).ToString("0", System.Globalization.CultureInfo.InvariantCulture)))} |"
        : null;

    public string Note { get; set; } = "";

    /// <summary>Memory as the crawl goes on; only A11yAudit's own modes have it.</summary>
    public MemoryCheckpoints? Checkpoints { get; set; }

    public double PagesPerMinute => Pages / Wall.TotalMinutes;

    /// <summary>Wall time per page: the cost a user pays, including waiting on the browser.</summary>
    public double WallPerPageMs => Wall.TotalMilliseconds / Math.Max(1, Pages);

    public void Add(double navigate, double axe, double checks, double screenshots, double total)
    {
        lock (_total)
        {
            _navigate.Add(navigate);
            _axe.Add(axe);
            _checks.Add(checks);
            _screenshots.Add(screenshots);
            _total.Add(total);
        }
    }

    public static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private readonly Dictionary<string, List<double>> _perCheck = new(StringComparer.Ordinal);

    public void AddChecks(IReadOnlyDictionary<string, double>? checks)
    {
        lock (_perCheck)
        {
            foreach (var (id, ms) in checks ?? new Dictionary<string, double>())
            {
                (_perCheck.TryGetValue(id, out var list) ? list : _perCheck[id] = []).Add(ms);
            }
        }
    }

    /// <summary>Where the own checks' time goes: pages run on, total, p50/p95 per check, costliest first.</summary>
    public string CheckRows()
    {
        var lines = new System.Text.StringBuilder();
        lines.AppendLine($"Own checks, {mode}, concurrency {concurrency}:");
        lines.AppendLine();
        lines.AppendLine("| check | pages run | total s | p50 ms | p95 ms |");
        lines.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (id, values) in _perCheck.OrderByDescending(kv => kv.Value.Sum()))
        {
            lines.AppendLine(System.FormattableString.Invariant($"| {id} | {values.Count} | {values.Sum() / 1000:0.0} | {Percentile(values, .5):0} | {Percentile(values, .95):0} |"));
        }

        return lines.ToString();
    }

    public string Row(double? rawWallPerPage) =>
        $"| {mode} | {concurrency} | {Pages} | {PagesPerMinute:0.0} | {WallPerPageMs:0} | " +
        $"{(rawWallPerPage is { } r ? (WallPerPageMs / r).ToString("0.00x", System.Globalization.CultureInfo.InvariantCulture) : "–")} | " +
        $"{Percentile(_navigate, .5):0}/{Percentile(_navigate, .95):0} | {Percentile(_axe, .5):0}/{Percentile(_axe, .95):0} | " +
        $"{Percentile(_checks, .5):0}/{Percentile(_checks, .95):0} | {Percentile(_screenshots, .5):0}/{Percentile(_screenshots, .95):0} | " +
        $"{Percentile(_total, .5):0}/{Percentile(_total, .95):0} | {(CpuMsPerPage is { } cpu ? System.FormattableString.Invariant($"{cpu:0}") : "–")} | {PeakProcessBytes / 1048576.0:0} | {PeakBrowserBytes / 1048576.0:0} | {OutputBytes / 1024.0:0} | {Note} |";

    public const string Header =
        "| mode | conc. | pages | pages/min | wall ms/page | × raw | navigate p50/p95 ms | axe p50/p95 | own checks p50/p95 | screenshots p50/p95 | page total p50/p95 | CPU ms/page | peak process MB | peak browser MB | output KB | note |\n" +
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |";
}
