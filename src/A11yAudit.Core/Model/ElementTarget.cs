namespace A11yAudit.Core.Model;

/// <summary>
/// Where an element lives: one entry per frame from the top document inward; each entry is the chain of
/// selectors through shadow roots inside that frame. A plain element is one frame with one selector.
/// </summary>
public sealed record ElementTarget(IReadOnlyList<IReadOnlyList<string>> Frames)
{
    public static ElementTarget FromSelector(string selector) => new([[selector]]);

    public bool IsInFrame => Frames.Count > 1;

    public bool IsInShadowDom => Frames.Any(f => f.Count > 1);

    /// <summary>A readable single-line form: frames joined by " >>> iframe >>> ", shadow hosts by " >> ".</summary>
    public string Display => string.Join(" >>> ", Frames.Select(f => string.Join(" >> ", f)));

    public override string ToString() => Display;
}
