using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using A11yAudit.Core.Model;
using A11yAudit.Core.Results;
using A11yAudit.Reports.Ci;

namespace A11yAudit.Reports.JUnit;

/// <summary>
/// Writes junit.xml for Azure DevOps, GitLab and Jenkins test views (docs/ci.md, "JUnit"): a test suite per
/// page and a test case per check on it. A check that found violations fails, with their elements in the
/// failure text; a check that passed passes; a needs-review item is skipped (a person must judge it); a
/// page that could not be scanned is one test case in error. Failing test cases do not decide the build:
/// the exit code does, so known problems in the baseline can show as failures without failing it.
/// </summary>
public static class JUnitWriter
{
    public const string FileName = "junit.xml";

    /// <summary>Elements listed per failure; the rest are counted (results.json has them all).</summary>
    public const int MaxElements = 25;

    public static Task<string> WriteAsync(AuditResults results, string outputDirectory, CancellationToken cancellationToken = default) =>
        Ci.CiFile.WriteAsync(outputDirectory, FileName, stream => Write(results, stream, cancellationToken));

    /// <summary>The whole file as a document (for tests and tools; files are written with <see cref="WriteAsync"/>).</summary>
    public static XDocument Build(AuditResults results)
    {
        using var stream = new MemoryStream();
        Write(results, stream, CancellationToken.None);
        stream.Position = 0;
        return XDocument.Load(stream);
    }

    /// <summary>
    /// Writes suite by suite, holding one page at a time. The root's counts come first in the file, so the
    /// pages are read twice: once to count, once to write.
    /// </summary>
    private static void Write(AuditResults results, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        var marks = BaselineMarks.From(results);
        var help = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rule in results.Rules.Where(r => !string.IsNullOrWhiteSpace(r.Help)))
        {
            help.TryAdd(rule.Id, rule.Help);
        }

        var pages = PageLists.OrderBy(results.Pages, PageOrderKey.UrlThenViewport);
        IEnumerable<XElement> Suites() => pages.Select(p =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Suite(p, marks, help);
        });

        var root = new XElement("testsuites", new XAttribute("name", $"A11yAudit: {Clean(results.Target.Name)}"));
        AddCounts(root, Suites());
        root.Add(new XAttribute("time", Seconds(Math.Max(0, results.DurationSeconds))), new XAttribute("timestamp", Timestamp(results.StartedAt)));

        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var writer = XmlWriter.Create(stream, settings);
        writer.WriteStartDocument();
        writer.WriteStartElement(root.Name.LocalName);
        foreach (var attribute in root.Attributes())
        {
            writer.WriteAttributeString(attribute.Name.LocalName, attribute.Value);
        }

        foreach (var suite in Suites())
        {
            suite.WriteTo(writer);
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static XElement Suite(PageResult page, BaselineMarks marks, Dictionary<string, string> help)
    {
        var label = Clean(PageLabel.Of(page.Url));
        var cases = page.WasScanned ? Checks(page, label, marks, help) : [PageNotScanned(page, label)];
        var suite = new XElement("testsuite", new XAttribute("name", label));
        AddCounts(suite, cases);
        suite.Add(
            new XAttribute("time", Seconds(page.Timings.TotalMs / 1000)),
            new XAttribute("timestamp", Timestamp(page.StartedAt)),
            new XElement("properties",
                new XElement("property", new XAttribute("name", "url"), new XAttribute("value", Clean(page.Url))),
                new XElement("property", new XAttribute("name", "outcome"), new XAttribute("value", page.Outcome.ToString()))));
        suite.Add(cases);
        return suite;
    }

    /// <param name="help">Rule help by id, for naming passed checks (which carry no finding).</param>
    private static List<XElement> Checks(PageResult page, string label, BaselineMarks marks, Dictionary<string, string> help)
    {
        var cases = new List<XElement>();
        var byRule = page.Findings.GroupBy(f => (f.Source, f.RuleId)).OrderBy(g => g.Key.RuleId, StringComparer.Ordinal).ThenBy(g => g.Key.Source, StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in byRule)
        {
            reported.Add(rule.Key.RuleId);
            var violations = rule.Where(f => f.Outcome == FindingOutcome.Violation).ToList();
            var first = rule.First();
            var testCase = Case(label, rule.Key.RuleId, first.Help);
            if (violations.Count > 0)
            {
                testCase.Add(Failure(violations, marks));
            }
            else
            {
                var nodes = rule.Sum(f => f.Nodes.Count);
                testCase.Add(new XElement("skipped", new XAttribute("message", Clean($"needs review: {nodes} {(nodes == 1 ? "element" : "elements")} for a person to judge"))));
            }

            cases.Add(testCase);
        }

        foreach (var passed in page.PassedRules.Distinct(StringComparer.Ordinal).Where(r => !reported.Contains(r)).Order(StringComparer.Ordinal))
        {
            cases.Add(Case(label, passed, help.GetValueOrDefault(passed)));
        }

        return cases;
    }

    private static XElement Failure(List<Finding> violations, BaselineMarks marks)
    {
        var nodes = violations.SelectMany(f => f.Nodes.Select(n => (Finding: f, Node: n))).ToList();
        var added = nodes.Count(n => marks.IsNew(FindingOutcome.Violation, n.Node.Fingerprint));
        var impact = violations.Select(f => f.Impact ?? f.Nodes.Max(n => n.Impact)).Max();
        var help = violations[0].Help;
        var message = $"{(impact?.ToString().ToLowerInvariant() ?? "unrated")}: {help} ({nodes.Count} {(nodes.Count == 1 ? "element" : "elements")}"
            + (added > 0 ? $", {added} new since the baseline" : "") + ")";

        var text = new StringBuilder();
        foreach (var (finding, node) in nodes.Take(MaxElements))
        {
            text.Append("- ").Append(node.Target.Display);
            if (marks.IsNew(FindingOutcome.Violation, node.Fingerprint))
            {
                text.Append(" [new]");
            }

            text.Append('\n');
            if (!string.IsNullOrWhiteSpace(node.Html))
            {
                text.Append("  ").Append(node.Html.ReplaceLineEndings(" ")).Append('\n');
            }

            if (!string.IsNullOrWhiteSpace(node.FailureSummary))
            {
                text.Append("  ").Append(node.FailureSummary.ReplaceLineEndings("\n  ")).Append('\n');
            }

            if (node.Fingerprint is not null)
            {
                text.Append("  fingerprint ").Append(node.Fingerprint).Append('\n');
            }
        }

        if (nodes.Count > MaxElements)
        {
            text.Append("… and ").Append(nodes.Count - MaxElements).Append(" more elements in results.json\n");
        }

        if (violations[0].HelpUrl is { Length: > 0 } url)
        {
            text.Append("How to fix it: ").Append(url).Append('\n');
        }

        return new XElement("failure", new XAttribute("message", Clean(message)), new XAttribute("type", impact?.ToString().ToLowerInvariant() ?? "unrated"), Clean(text.ToString()));
    }

    private static XElement PageNotScanned(PageResult page, string label)
    {
        var testCase = Case(label, "page is scanned", null);
        var reason = Clean(page.Reason ?? page.Outcome.ToString());

        // A page that failed is a problem with the run; a PDF or an in-scope redirect is simply not a page to check.
        testCase.Add(page.Outcome is PageOutcome.LoadFailed or PageOutcome.ScanFailed or PageOutcome.HttpError
            ? new XElement("error", new XAttribute("message", reason), new XAttribute("type", page.Outcome.ToString()))
            : new XElement("skipped", new XAttribute("message", reason)));
        return testCase;
    }

    private static XElement Case(string page, string ruleId, string? help) =>
        new("testcase",
            new XAttribute("classname", page),
            new XAttribute("name", Clean(string.IsNullOrWhiteSpace(help) ? ruleId : $"{ruleId}: {help}")),
            new XAttribute("time", "0"));

    /// <summary>Counts of a suite (from its test cases) or of the root (from its suites), in one pass over them.</summary>
    private static void AddCounts(XElement element, IEnumerable<XElement> children)
    {
        int tests = 0, failures = 0, errors = 0, skipped = 0;
        foreach (var child in children)
        {
            var isCase = child.Name == "testcase";
            int Count(string attribute, string outcome) => isCase ? (child.Element(outcome) is null ? 0 : 1) : (int)child.Attribute(attribute)!;
            tests += isCase ? 1 : (int)child.Attribute("tests")!;
            failures += Count("failures", "failure");
            errors += Count("errors", "error");
            skipped += Count("skipped", "skipped");
        }

        element.Add(
            new XAttribute("tests", tests),
            new XAttribute("failures", failures),
            new XAttribute("errors", errors),
            new XAttribute("skipped", skipped));
    }

    /// <summary>XML 1.0 cannot hold most control characters or a lone surrogate; page text may contain them.</summary>
    private static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else
            {
                sb.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return sb.ToString();
    }

    private static string Seconds(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
