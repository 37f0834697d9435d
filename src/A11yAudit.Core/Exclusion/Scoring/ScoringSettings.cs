using A11yAudit.Core.Exclusion.Barriers;

namespace A11yAudit.Core.Exclusion.Scoring;

/// <summary>
/// The constants of the risk formulas (docs/exclusion-risk.md). Kept as data so a panel can change them and
/// see the effect, and so every assessment records the values it used.
/// </summary>
public sealed record ScoringSettings
{
    /// <summary>Chance that one blocker stops a member of the group: certain by definition.</summary>
    public double BlockerProbability { get; init; } = 1.0;

    /// <summary>Chance that one major barrier stops them: "gets past with great difficulty" is a coin toss.</summary>
    public double MajorProbability { get; init; } = 0.5;

    /// <summary>Chance that one piece of friction stops them: small, but friction adds up.</summary>
    public double MinorProbability { get; init; } = 0.1;

    /// <summary>Journey weight names (from the target file) to weights in the product's weighted mean.</summary>
    public IReadOnlyDictionary<string, double> JourneyWeights { get; init; } = new Dictionary<string, double>
    {
        ["critical"] = 3,
        ["important"] = 2,
        ["other"] = 1,
    };

    /// <summary>The weight name that marks a journey as critical.</summary>
    public string CriticalWeight { get; init; } = "critical";

    /// <summary>The weight given to a page standing in for a task when the target lists no journeys.</summary>
    public string PageWeight { get; init; } = "other";

    /// <summary>
    /// When true a group's product risk is never below its risk on any critical journey, so one blocker on a
    /// critical task cannot be averaged away by many clean pages.
    /// </summary>
    public bool CriticalJourneyFloor { get; init; } = true;

    /// <summary>How many barriers a journey or product cell keeps as evidence (pages keep all of theirs).</summary>
    public int MaxTraces { get; init; } = 5;

    public double Probability(BarrierSeverity severity) => severity switch
    {
        BarrierSeverity.Blocker => BlockerProbability,
        BarrierSeverity.Major => MajorProbability,
        _ => MinorProbability,
    };

    /// <summary>The weight for a journey's weight name; unknown names count as the lowest configured weight.</summary>
    public double WeightOf(string? weightName)
    {
        var match = JourneyWeights.FirstOrDefault(w => string.Equals(w.Key, weightName?.Trim(), StringComparison.OrdinalIgnoreCase));
        return match.Key is not null ? match.Value : JourneyWeights.Values.DefaultIfEmpty(1).Min();
    }

    public bool IsCritical(string? weightName) =>
        string.Equals(weightName?.Trim(), CriticalWeight, StringComparison.OrdinalIgnoreCase);

    public void Validate(string origin)
    {
        static bool IsProbability(double p) => p is >= 0 and <= 1;
        if (!IsProbability(BlockerProbability) || !IsProbability(MajorProbability) || !IsProbability(MinorProbability))
        {
            throw new InvalidDataException($"{origin}: severity probabilities must be between 0 and 1.");
        }

        // A blocker that counted less than friction would make the severities meaningless.
        if (BlockerProbability < MajorProbability || MajorProbability < MinorProbability)
        {
            throw new InvalidDataException($"{origin}: probabilities must satisfy blocker >= major >= minor.");
        }

        if (JourneyWeights.Count == 0 || JourneyWeights.Values.Any(w => w <= 0 || double.IsNaN(w) || double.IsInfinity(w)))
        {
            throw new InvalidDataException($"{origin}: journey weights must be positive numbers.");
        }

        if (MaxTraces < 1)
        {
            throw new InvalidDataException($"{origin}: maxTraces must be at least 1.");
        }
    }
}
