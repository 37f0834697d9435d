using System.Globalization;
using System.Text.RegularExpressions;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>A setTimeout/setInterval call in an inline script whose callback navigates or submits a form.</summary>
internal sealed record TimedRedirect(string Call, double? DelayMilliseconds);

/// <summary>
/// Finds timers in script text that redirect, reload or submit (e.g. <c>setTimeout(() =&gt; location.href = '/signed-out', 900000)</c>):
/// the scripted form of a meta refresh. A heuristic on source text: it reads inline scripts only and follows a
/// named callback to its definition in the same script.
/// </summary>
internal static partial class TimedRedirectScanner
{
    private const int MaxCallLength = 2000;
    private const int MaxFunctionBody = 1500;

    [GeneratedRegex(@"\bset(?:Timeout|Interval)\s*\(")]
    private static partial Regex TimerCall();

    // location = …, location.href = …, location.assign/replace/reload(…), form.submit()
    [GeneratedRegex(@"\blocation(?:\.href)?\s*=(?!=)|\blocation\.(?:assign|replace|reload)\s*\(|\.(?:request)?[sS]ubmit\s*\(")]
    private static partial Regex Navigation();

    [GeneratedRegex(@"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^\d[\d_]*(?:\.\d+)?(?:\s*\*\s*\d[\d_]*(?:\.\d+)?)*$")]
    private static partial Regex NumericProduct();

    public static IReadOnlyList<TimedRedirect> Scan(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var found = new List<TimedRedirect>();
        foreach (Match match in TimerCall().Matches(script))
        {
            var open = match.Index + match.Length - 1;
            var close = FindClosing(script, open, '(', ')');
            var end = close < 0 ? Math.Min(script.Length, open + MaxCallLength) : close;
            var args = SplitTopLevel(script[(open + 1)..end]);
            if (args.Count == 0)
            {
                continue;
            }

            var callback = args[0].Trim();
            var body = Identifier().IsMatch(callback) ? FunctionBody(script, callback.Split('.')[^1]) : callback;
            if (body is null || !Navigation().IsMatch(body))
            {
                continue;
            }

            var delay = args.Count > 1 ? EvaluateDelay(args[1]) : 0;
            var call = script[match.Index..Math.Min(script.Length, end + 1)];
            found.Add(new TimedRedirect(Collapse(call), delay));
        }

        return found;
    }

    /// <summary>A literal delay such as <c>900000</c> or <c>15 * 60 * 1000</c>; null for anything computed.</summary>
    internal static double? EvaluateDelay(string expression)
    {
        var text = expression.Trim();
        if (!NumericProduct().IsMatch(text))
        {
            return null;
        }

        return text.Split('*').Select(p => double.Parse(p.Trim().Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture))
            .Aggregate(1d, (a, b) => a * b);
    }

    private static string? FunctionBody(string script, string name)
    {
        var definition = Regex.Match(
            script,
            @"\bfunction\s+" + Regex.Escape(name) + @"\s*\(|\b" + Regex.Escape(name) + @"\s*[:=]\s*(?:async\s*)?(?:function\b|\([^)]*\)\s*=>|[A-Za-z_$][\w$]*\s*=>)",
            RegexOptions.None,
            TimeSpan.FromSeconds(1));
        if (!definition.Success)
        {
            return null;
        }

        var start = definition.Index + definition.Length;
        return script.Substring(start, Math.Min(MaxFunctionBody, script.Length - start));
    }

    /// <summary>Index of the bracket closing the one at <paramref name="open"/>, skipping strings and comments; -1 if none nearby.</summary>
    private static int FindClosing(string s, int open, char opening, char closing)
    {
        var depth = 0;
        var limit = Math.Min(s.Length, open + MaxCallLength);
        for (var i = open; i < limit; i++)
        {
            var c = s[i];
            if (c is '"' or '\'' or '`')
            {
                i = SkipString(s, i, limit);
            }
            else if (c == '/' && i + 1 < limit && s[i + 1] is '/' or '*')
            {
                i = SkipComment(s, i, limit);
            }
            else if (c == opening || c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c == closing || c is ')' or ']' or '}')
            {
                depth--;
                if (depth == 0)
                {
                    return c == closing ? i : -1;
                }
            }
        }

        return -1;
    }

    private static List<string> SplitTopLevel(string args)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < args.Length; i++)
        {
            var c = args[i];
            if (c is '"' or '\'' or '`')
            {
                i = SkipString(args, i, args.Length);
            }
            else if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                parts.Add(args[start..i]);
                start = i + 1;
            }
        }

        if (args[start..].Trim().Length > 0 || parts.Count > 0)
        {
            parts.Add(args[start..]);
        }

        return parts;
    }

    private static int SkipString(string s, int i, int limit)
    {
        var quote = s[i];
        for (i++; i < limit; i++)
        {
            if (s[i] == '\\')
            {
                i++;
            }
            else if (s[i] == quote)
            {
                return i;
            }
        }

        return limit;
    }

    private static int SkipComment(string s, int i, int limit)
    {
        if (s[i + 1] == '/')
        {
            var newline = s.IndexOf('\n', i);
            return newline < 0 ? limit : newline;
        }

        var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
        return end < 0 ? limit : end + 1;
    }

    private static string Collapse(string code)
    {
        var collapsed = Regex.Replace(code, @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim();
        return collapsed.Length > 200 ? collapsed[..200] + "…" : collapsed;
    }
}
