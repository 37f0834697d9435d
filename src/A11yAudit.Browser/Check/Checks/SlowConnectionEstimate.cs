namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// Replays a page's own load (<see cref="LoadTimeline"/>) on a slow connection, as Lighthouse's simulated throttling
/// does, to tell whether a throttled load could come anywhere near the budget. It is built to err slow: every request
/// the parser found waits for the whole document (the browser starts them as the first bytes arrive); every other
/// request waits for everything that had finished before it began; at most six connections per host unless the
/// response came over HTTP/2 or 3; every request pays the latency after sending its headers over the shared uplink;
/// all bytes share the downlink; and the page's main-thread work is taken as the wall time it took here (never less
/// than its CPU time), times the CPU slowdown; the largest paint waits for its image, any image in the first screen
/// larger than it (which may yet be painted), the render-blocking requests and every request other than an image
/// that had arrived before it here. <see cref="LowBandwidthCheck"/> uses it
/// only to skip a throttled load that could not find anything; every finding comes from a throttled load.
/// </summary>
public static class SlowConnectionEstimate
{
    /// <summary>Chromium's limit of connections per host over HTTP/1.1.</summary>
    public const int ConnectionsPerHost = 6;

    /// <summary>A request's line and headers, roughly, before its URL: what it sends over the uplink.</summary>
    private const int RequestHeaderBytes = 400;

    /// <summary>Initiators of requests the HTML parser (or its preload scanner) makes while it reads the document.</summary>
    private static readonly HashSet<string> ParserInitiators = new(StringComparer.OrdinalIgnoreCase)
    {
        "link", "script", "img", "image", "input", "body", "video", "audio", "source", "track",
    };

    /// <summary>Initiators whose requests hold up DOMContentLoaded (scripts, and the stylesheets scripts wait for).</summary>
    private static readonly HashSet<string> ParsingInitiators = new(StringComparer.OrdinalIgnoreCase) { "script", "link", "css" };

    /// <summary>Initiators of images and media, which do not hold up a paint unless they are what is painted.</summary>
    private static readonly HashSet<string> MediaInitiators = new(StringComparer.OrdinalIgnoreCase) { "img", "image", "input", "video", "audio", "source", "track" };

    /// <summary>Requests whose own requests the page cannot see (a frame's), so the load cannot be replayed.</summary>
    private static readonly HashSet<string> OpaqueInitiators = new(StringComparer.OrdinalIgnoreCase) { "iframe", "frame", "object", "embed" };

    /// <summary>
    /// The estimated slow load, or null when the timeline cannot be replayed faithfully (a size the page was not told,
    /// a frame, even one of no request of its own, a full timing buffer, a load that never finished). Milestones not reached by
    /// <paramref name="stopAfterMs"/> are <see cref="double.PositiveInfinity"/>.
    /// </summary>
    public static SlowLoad? Estimate(LoadTimeline timeline, NetworkProfile network, double slowdown, double stopAfterMs)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(network);
        if (timeline.TimelineFull || timeline.HasFrames || timeline.DocumentBytes < 0 || timeline.ResponseEndMs < 0 || timeline.DomContentLoadedMs <= 0 || timeline.LoadMs <= 0
            || timeline.Requests.Any(r => r.Bytes is null || OpaqueInitiators.Contains(r.Initiator)))
        {
            return null;
        }

        var requests = timeline.Requests.OrderBy(r => r.StartMs).ToList();
        var lcpUrl = timeline.LcpUrl.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? "" : timeline.LcpUrl;
        var lcpIndex = lcpUrl.Length == 0 ? -1 : requests.FindIndex(r => r.Url == lcpUrl);
        if (lcpUrl.Length > 0 && lcpIndex < 0)
        {
            return null;
        }

        var largerImages = (timeline.LargerImages ?? []).ToHashSet(StringComparer.Ordinal);
        var done = Replay(timeline, requests, network, stopAfterMs);
        var document = done[0];
        var parsed = document;
        var painted = document;
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            if (request.StartMs <= timeline.DomContentLoadedMs && (request.RenderBlocking || ParsingInitiators.Contains(request.Initiator)))
            {
                parsed = Math.Max(parsed, done[i + 1]);
            }

            // What had arrived before the largest paint here may have been needed for it (a web font, a script's
            // data); images and media other than the painted one may not.
            if (request.RenderBlocking || i == lcpIndex || largerImages.Contains(request.Url) || (request.EndMs <= timeline.LcpMs && !MediaInitiators.Contains(request.Initiator)))
            {
                painted = Math.Max(painted, done[i + 1]);
            }
        }

        if (timeline.LcpMs < 0)
        {
            // No largest paint was recorded: what is painted could have waited for anything the load fetched.
            painted = done.Max();
        }

        if (timeline.LcpMs > timeline.DomContentLoadedMs)
        {
            // Painted after the parsing finished: perhaps by a script, which needed everything parsing needed.
            painted = Math.Max(painted, parsed);
        }

        var mainThreadMs = Math.Max(0, Math.Max(timeline.DomContentLoadedMs, timeline.LcpMs) - timeline.ResponseEndMs);
        var usable = Math.Max(parsed, painted) + mainThreadMs * Math.Max(1, slowdown);
        var bytes = timeline.DocumentBytes + requests.Sum(r => r.Bytes!.Value);
        return new SlowLoad(usable, bytes, requests.Count + 1, mainThreadMs);
    }

    /// <summary>When each request (the document first, then <paramref name="requests"/> in order) has fully arrived, in ms.</summary>
    private static double[] Replay(LoadTimeline timeline, List<TimelineRequest> requests, NetworkProfile network, double stopAfterMs)
    {
        var count = requests.Count + 1;
        var done = Enumerable.Repeat(double.PositiveInfinity, count).ToArray();
        var host = new string[count];
        var limited = new bool[count];
        var upload = new double[count];
        var download = new double[count];
        var dependents = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        var unfinishedDependencies = new int[count];
        host[0] = timeline.Document.Authority;
        limited[0] = true;
        upload[0] = RequestHeaderBytes + timeline.Document.AbsoluteUri.Length;
        download[0] = timeline.DocumentBytes;
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            var n = i + 1;
            host[n] = Uri.TryCreate(request.Url, UriKind.Absolute, out var address) ? address.Authority : "";
            limited[n] = request.Protocol is not ("h2" or "h3");
            upload[n] = RequestHeaderBytes + request.Url.Length;
            download[n] = request.Bytes!.Value;
            IEnumerable<int> dependencies = request.StartMs <= timeline.DomContentLoadedMs && ParserInitiators.Contains(request.Initiator)
                ? [0]
                : [0, .. Enumerable.Range(0, i).Where(j => requests[j].EndMs <= request.StartMs).Select(j => j + 1)];
            foreach (var dependency in dependencies)
            {
                dependents[dependency].Add(n);
                unfinishedDependencies[n]++;
            }
        }

        var latency = network.LatencyMilliseconds;
        var uplinkPerMs = network.UploadBytesPerSecond / 1000;
        var downlinkPerMs = network.DownloadBytesPerSecond / 1000;
        var state = new Phase[count];
        var waitUntil = new double[count];
        var openConnections = new Dictionary<string, int>(StringComparer.Ordinal);

        // A redirect is a round trip of its own before the document is asked for.
        var documentAskedAt = timeline.Redirects * latency;
        var remaining = count;
        for (var t = 0d; remaining > 0 && t <= stopAfterMs; t++)
        {
            for (var n = 0; n < count; n++)
            {
                if (state[n] != Phase.Waiting || (n == 0 && t < documentAskedAt) || unfinishedDependencies[n] > 0)
                {
                    continue;
                }

                if (limited[n] && openConnections.GetValueOrDefault(host[n]) >= ConnectionsPerHost)
                {
                    continue;
                }

                openConnections[host[n]] = openConnections.GetValueOrDefault(host[n]) + 1;
                state[n] = Phase.Sending;
            }

            Share(state, Phase.Sending, upload, uplinkPerMs, n =>
            {
                state[n] = Phase.Latency;
                waitUntil[n] = t + 1 + latency;
            });
            for (var n = 0; n < count; n++)
            {
                if (state[n] == Phase.Latency && t + 1 >= waitUntil[n])
                {
                    state[n] = Phase.Receiving;
                }
            }

            Share(state, Phase.Receiving, download, downlinkPerMs, n =>
            {
                state[n] = Phase.Done;
                done[n] = t + 1;
                openConnections[host[n]]--;
                foreach (var dependent in dependents[n])
                {
                    unfinishedDependencies[dependent]--;
                }

                remaining--;
            });
        }

        return done;
    }

    /// <summary>One millisecond of a link shared equally by every request in <paramref name="phase"/>.</summary>
    private static void Share(Phase[] state, Phase phase, double[] bytesLeft, double bytesPerMs, Action<int> finished)
    {
        var sharing = 0;
        for (var n = 0; n < state.Length; n++)
        {
            sharing += state[n] == phase ? 1 : 0;
        }

        if (sharing == 0)
        {
            return;
        }

        var share = bytesPerMs / sharing;
        for (var n = 0; n < state.Length; n++)
        {
            if (state[n] != phase)
            {
                continue;
            }

            bytesLeft[n] -= share;
            if (bytesLeft[n] <= 0)
            {
                finished(n);
            }
        }
    }

    private enum Phase
    {
        Waiting,
        Sending,
        Latency,
        Receiving,
        Done,
    }
}

/// <summary>What a load on a slow connection would cost, by <see cref="SlowConnectionEstimate"/>.</summary>
/// <param name="UsableMs">The later of DOMContentLoaded and the largest contentful paint, slower CPU included.</param>
/// <param name="MainThreadMs">The main-thread time taken for the page here (its wall time, an upper bound), before the slowdown.</param>
public sealed record SlowLoad(double UsableMs, long Bytes, int Requests, double MainThreadMs);
