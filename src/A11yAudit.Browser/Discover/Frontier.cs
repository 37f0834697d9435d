using System.Threading.Channels;
using A11yAudit.Core.Model;
using A11yAudit.Core.Urls;

namespace A11yAudit.Browser.Discover;

/// <summary>
/// The crawl queue. Every URL offered gets a decision: queued once (by normalised form), or skipped with a
/// reason that ends up in results.json. The channel completes when nothing is queued or in flight.
/// </summary>
public sealed class Frontier
{
    /// <summary>Skipped URLs beyond this are counted, not listed, so a huge site cannot bloat results.</summary>
    public const int MaxSkippedListed = 5000;

    private readonly UrlNormalizer _normalizer;
    private readonly ScopeRules _scope;
    private readonly Func<Uri, CrawlDecision> _robots;
    private readonly int _maxPages;
    private readonly int _maxDepth;
    private readonly Channel<CrawlItem> _queue = Channel.CreateUnbounded<CrawlItem>(new UnboundedChannelOptions { SingleWriter = false });
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SkippedUrl> _skipped = new(StringComparer.Ordinal);
    private readonly object _lock = new();
    private int _scheduled;
    private int _pending;
    private int _skippedUnlisted;

    public Frontier(UrlNormalizer normalizer, ScopeRules scope, Func<Uri, CrawlDecision> robots, int maxPages, int maxDepth)
    {
        _normalizer = normalizer;
        _scope = scope;
        _robots = robots;
        _maxPages = maxPages;
        _maxDepth = maxDepth;
    }

    public ChannelReader<CrawlItem> Reader => _queue.Reader;

    public int Scheduled => Volatile.Read(ref _scheduled);

    public int Pending => Volatile.Read(ref _pending);

    public int SkippedNotListed => Volatile.Read(ref _skippedUnlisted);

    public IReadOnlyList<SkippedUrl> Skipped
    {
        get
        {
            lock (_lock)
            {
                return _skipped.Values.ToList();
            }
        }
    }

    /// <summary>Whether a URL (already normalised) has been queued or skipped.</summary>
    public bool HasSeen(string normalizedUrl)
    {
        lock (_lock)
        {
            return _seen.Contains(normalizedUrl) || _skipped.ContainsKey(normalizedUrl);
        }
    }

    /// <summary>Offers a URL; returns the decision. Start URLs ignore the depth limit.</summary>
    public CrawlDecision Offer(Uri url, int depth, string? foundOn)
    {
        ArgumentNullException.ThrowIfNull(url);
        var normalized = _normalizer.Normalize(url);
        var key = normalized.AbsoluteUri;
        lock (_lock)
        {
            if (_seen.Contains(key))
            {
                return CrawlDecision.Deny("already queued");
            }

            if (_skipped.ContainsKey(key))
            {
                return CrawlDecision.Deny(_skipped[key].Reason);
            }

            var decision = _scope.Decide(normalized);
            if (decision.Allow && depth > _maxDepth)
            {
                decision = CrawlDecision.Deny($"deeper than max depth {_maxDepth}");
            }

            if (decision.Allow)
            {
                decision = _robots(normalized);
            }

            if (decision.Allow && _scheduled >= _maxPages)
            {
                decision = CrawlDecision.Deny($"page limit of {_maxPages} reached");
            }

            if (!decision.Allow)
            {
                RecordSkip(key, decision.Reason ?? "skipped", foundOn);
                return decision;
            }

            _seen.Add(key);
            _scheduled++;
            _pending++;
        }

        _queue.Writer.TryWrite(new CrawlItem(normalized, depth, foundOn));
        return CrawlDecision.Allowed;
    }

    /// <summary>
    /// Claims a URL reached by redirect for the visit in progress; false when it was already queued or
    /// visited, in which case it is audited there and not again.
    /// </summary>
    public bool TryClaim(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        lock (_lock)
        {
            return _seen.Add(_normalizer.NormalizeToString(url));
        }
    }

    /// <summary>Records a URL met during a visit (e.g. a redirect target) that was not followed.</summary>
    public void RecordSkip(Uri url, string reason, string? foundOn)
    {
        ArgumentNullException.ThrowIfNull(url);
        lock (_lock)
        {
            RecordSkip(_normalizer.NormalizeToString(url), reason, foundOn);
        }
    }

    /// <summary>Puts an item back (its browser was lost mid-visit) so another worker audits it.</summary>
    public void Requeue(CrawlItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Interlocked.Increment(ref _pending);
        _queue.Writer.TryWrite(item);
    }

    /// <summary>Marks one queued item as finished; completes the queue when nothing is left.</summary>
    public void Complete(CrawlItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (Interlocked.Decrement(ref _pending) == 0)
        {
            _queue.Writer.TryComplete();
        }
    }

    /// <summary>Call after seeding: completes at once when nothing could be queued.</summary>
    public void SeedingDone()
    {
        if (Volatile.Read(ref _pending) == 0)
        {
            _queue.Writer.TryComplete();
        }
    }

    /// <summary>Stops the crawl: workers drain nothing further.</summary>
    public void Stop() => _queue.Writer.TryComplete();

    private void RecordSkip(string key, string reason, string? foundOn)
    {
        if (_skipped.ContainsKey(key) || _seen.Contains(key))
        {
            return;
        }

        if (_skipped.Count >= MaxSkippedListed)
        {
            _skippedUnlisted++;
            return;
        }

        _skipped[key] = new SkippedUrl(key, reason, foundOn);
    }
}
