using System.Text.RegularExpressions;

namespace A11yAudit.Browser.Discover;

/// <summary>
/// A robots.txt file (RFC 9309): the group for our user agent, else the "*" group; the longest matching
/// Allow/Disallow rule wins, Allow on a tie; "*" and "$" wildcards supported.
/// </summary>
public sealed class RobotsTxt
{
    public const string UserAgentToken = "a11yaudit";

    private readonly List<(bool Allow, string Pattern, Regex Regex)> _rules;

    private RobotsTxt(List<(bool, string, Regex)> rules, IReadOnlyList<string> sitemaps, TimeSpan? crawlDelay)
    {
        _rules = rules;
        Sitemaps = sitemaps;
        CrawlDelay = crawlDelay;
    }

    public static RobotsTxt AllowAll { get; } = new([], [], null);

    public IReadOnlyList<string> Sitemaps { get; }

    public TimeSpan? CrawlDelay { get; }

    public static RobotsTxt Parse(string content, string userAgentToken = UserAgentToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var groups = new List<(List<string> Agents, List<(bool, string)> Rules, double? Delay)>();
        var sitemaps = new List<string>();
        (List<string> Agents, List<(bool, string)> Rules, double? Delay)? current = null;
        var lastWasAgent = false;

        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (current is null || !lastWasAgent)
                    {
                        current = ([], [], null);
                        groups.Add(current.Value);
                    }

                    current.Value.Agents.Add(value.ToLowerInvariant());
                    lastWasAgent = true;
                    continue;
                case "allow" or "disallow" when current is not null:
                    if (value.Length > 0 || key == "allow")
                    {
                        current.Value.Rules.Add((key == "allow", value));
                    }

                    break;
                case "crawl-delay" when current is not null:
                    if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var delay))
                    {
                        var index = groups.IndexOf(current.Value);
                        current = (current.Value.Agents, current.Value.Rules, delay);
                        groups[index] = current.Value;
                    }

                    break;
                case "sitemap":
                    sitemaps.Add(value);
                    break;
            }

            lastWasAgent = false;
        }

        var token = userAgentToken.ToLowerInvariant();
        var chosen = groups.Where(g => g.Agents.Any(a => a != "*" && token.Contains(a, StringComparison.Ordinal))).ToList();
        if (chosen.Count == 0)
        {
            chosen = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        var rules = chosen.SelectMany(g => g.Rules)
            .Where(r => r.Item2.Length > 0)
            .Select(r => (r.Item1, r.Item2, ToRegex(r.Item2)))
            .ToList();
        var crawlDelay = chosen.Select(g => g.Delay).FirstOrDefault(d => d is not null);
        return new RobotsTxt(rules, sitemaps, crawlDelay is null ? null : TimeSpan.FromSeconds(crawlDelay.Value));
    }

    /// <summary>Whether the path and query of <paramref name="url"/> may be fetched.</summary>
    public bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var target = url.PathAndQuery;
        var best = (Length: -1, Allow: true);
        foreach (var (allow, pattern, regex) in _rules)
        {
            if (regex.IsMatch(target) && (pattern.Length > best.Length || (pattern.Length == best.Length && allow)))
            {
                best = (pattern.Length, allow);
            }
        }

        return best.Allow;
    }

    private static Regex ToRegex(string pattern)
    {
        var anchored = pattern.EndsWith('$');
        var body = anchored ? pattern[..^1] : pattern;
        var regex = "^" + string.Join(".*", body.Split('*').Select(Regex.Escape)) + (anchored ? "$" : string.Empty);
        return new Regex(regex, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
