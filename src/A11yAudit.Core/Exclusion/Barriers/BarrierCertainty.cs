namespace A11yAudit.Core.Exclusion.Barriers;

/// <summary>
/// Whether a barrier was confirmed (a violation) or only suspected (needs review). Uncertain barriers widen
/// the risk band; they are never counted as confirmed.
/// </summary>
public enum BarrierCertainty
{
    Certain,
    Uncertain,
}
