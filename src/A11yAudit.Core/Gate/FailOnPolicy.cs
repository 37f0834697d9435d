using System.Globalization;
using A11yAudit.Core.Model;

namespace A11yAudit.Core.Gate;

/// <summary>
/// When the gate fails: any of its conditions finding something. Parsed from --fail-on values, each a
/// comma-separated list of: minor | moderate | serious | critical (a new finding of that impact or worse),
/// any (any new finding), blocker (a new blocker for any group), rating (a worse rating), risk:T (a group's
/// risk rising by more than T, 0–1 or a percentage), none (never). docs/ci.md, "Gating".
/// </summary>
public sealed record FailOnPolicy(IReadOnlyList<FailOnCondition> Conditions)
{
    public const string Syntax = "minor, moderate, serious, critical, any, blocker, rating, risk:TOLERANCE (e.g. risk:0.05 or risk:5%), none";

    /// <summary>With a baseline and no --fail-on: new serious or critical findings, and new blockers.</summary>
    public static FailOnPolicy Default { get; } = new([new NewFindingsCondition(Impact.Serious), new NewBlockersCondition()]);

    public static FailOnPolicy None { get; } = new([]);

    public bool NeedsBaseline => Conditions.Any(c => c.NeedsBaseline);

    public IReadOnlyList<string> Describe() =>
        Conditions.Count == 0 ? ["never fail (--fail-on none)"] : Conditions.Select(c => $"{c.Description} ({c.Key})").ToList();

    /// <summary>Parses --fail-on values; throws <see cref="FormatException"/> with a message for the user.</summary>
    public static FailOnPolicy Parse(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var words = values
            .SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.ToLowerInvariant())
            .ToList();
        if (words.Count == 0)
        {
            throw new FormatException($"--fail-on needs a value: {Syntax}.");
        }

        if (words.Contains("none"))
        {
            return words.All(w => w == "none") ? None : throw new FormatException("--fail-on none cannot be combined with other conditions.");
        }

        var conditions = new List<FailOnCondition>();
        foreach (var word in words)
        {
            var condition = ParseOne(word);
            if (!conditions.Contains(condition))
            {
                conditions.Add(condition);
            }
        }

        return new FailOnPolicy(conditions);
    }

    private static FailOnCondition ParseOne(string word)
    {
        switch (word)
        {
            case "minor":
                return new NewFindingsCondition(Impact.Minor);
            case "moderate":
                return new NewFindingsCondition(Impact.Moderate);
            case "serious":
                return new NewFindingsCondition(Impact.Serious);
            case "critical":
                return new NewFindingsCondition(Impact.Critical);
            case "any":
                return new NewFindingsCondition(null);
            case "blocker" or "blockers":
                return new NewBlockersCondition();
            case "rating":
                return new WorseRatingCondition();
            case "risk":
                throw new FormatException("--fail-on risk needs a tolerance, e.g. risk:0.05 (a rise of more than 5 percentage points).");
        }

        if (word.StartsWith("risk:", StringComparison.Ordinal))
        {
            return new RiskRiseCondition(ParseTolerance(word["risk:".Length..]));
        }

        throw new FormatException($"unknown --fail-on condition '{word}': use {Syntax}.");
    }

    private static double ParseTolerance(string text)
    {
        var percent = text.EndsWith('%');
        var number = percent ? text[..^1] : text;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new FormatException($"--fail-on risk:{text}: the tolerance must be a number, e.g. risk:0.05 or risk:5%.");
        }

        value = percent ? value / 100 : value;
        return value is >= 0 and < 1
            ? value
            : throw new FormatException($"--fail-on risk:{text}: the tolerance must be at least 0 and below 1 (100%).");
    }
}
