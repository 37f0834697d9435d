namespace A11yAudit.Reports.Model;

/// <summary>How many violated rules, elements and pages carry one impact level.</summary>
/// <param name="Impact">Machine key for CSS classes: critical, serious, moderate, minor or unknown.</param>
/// <param name="Label">The words to show, so colour never carries the meaning alone.</param>
public sealed record ImpactCount(string Impact, string Label, int Issues, int Instances, int Pages);
