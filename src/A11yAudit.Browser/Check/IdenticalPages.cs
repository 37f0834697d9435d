using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using A11yAudit.Core.Model;

namespace A11yAudit.Browser.Check;

/// <summary>
/// Remembers the checks of every page by the exact DOM they saw, so a page rendered identically (a
/// <c>?sort=</c> variant, <c>/index.html</c> and <c>/</c>, the same error page under many URLs) takes the
/// earlier page's findings instead of being checked again. Shared by all workers of one audit; a page that
/// arrives while its twin is still being checked waits for that check rather than doing it twice.
/// Only the most recent <paramref name="capacity"/> checked pages are remembered, so memory stays flat on
/// big crawls; a twin of a forgotten page is simply checked again.
/// </summary>
public sealed class IdenticalPages(int capacity = IdenticalPages.DefaultCapacity)
{
    public const int DefaultCapacity = 500;

    private readonly ConcurrentDictionary<string, TaskCompletionSource<CheckedPage?>> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _completed = new();

    /// <summary>
    /// The key covers everything the checks see: the rendered DOM, the viewports it was checked at, and the
    /// folder of the URL (relative links, images and stylesheets resolve against it, so the same markup in
    /// another folder may load other resources). The query string and file name do not change what relative
    /// URLs resolve to, so they are left out.
    /// </summary>
    public static string KeyOf(Uri url, string viewports, string html)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(html);
        var path = url.AbsolutePath;
        var folder = url.GetLeftPart(UriPartial.Authority) + path[..(path.LastIndexOf('/') + 1)];
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(folder + "\n" + viewports + "\n"));
        hash.AppendData(Encoding.UTF8.GetBytes(html));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>
    /// Claims a key. The first page to claim it checks in full and must then call <see cref="Complete"/> or
    /// <see cref="Abandon"/>; later pages get a task for the first page's result (null if it failed, in which
    /// case they check themselves).
    /// </summary>
    public Claim ClaimFor(string key)
    {
        var mine = new TaskCompletionSource<CheckedPage?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var holder = _pages.GetOrAdd(key, mine);
        return new Claim(key, ReferenceEquals(holder, mine), holder.Task);
    }

    public void Complete(string key, CheckedPage page)
    {
        if (_pages.TryGetValue(key, out var holder) && holder.TrySetResult(page))
        {
            _completed.Enqueue(key);
            while (_completed.Count > capacity && _completed.TryDequeue(out var oldest))
            {
                _pages.TryRemove(oldest, out _);
            }
        }
    }

    /// <summary>The first page could not be checked: waiting twins check themselves, and the next page with this DOM leads again.</summary>
    public void Abandon(string key)
    {
        if (_pages.TryRemove(key, out var holder))
        {
            holder.TrySetResult(null);
        }
    }

    public readonly record struct Claim(string Key, bool IsFirst, Task<CheckedPage?> Earlier);
}

/// <summary>What a fully checked page hands to its identical twins.</summary>
public sealed record CheckedPage(
    string Url,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RuleInfo> Rules,
    IReadOnlyList<string> PassedRules,
    IReadOnlyList<string> InapplicableRules,
    IReadOnlyList<string> ChecksNotRun,
    string? Template,
    string? Screenshot,
    IReadOnlyDictionary<string, string>? ChecksFailed = null);
