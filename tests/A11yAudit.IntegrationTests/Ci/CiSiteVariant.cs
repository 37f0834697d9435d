namespace A11yAudit.IntegrationTests.Ci;

/// <summary>Which build of the CI fixture site is served.</summary>
public enum CiSiteVariant
{
    /// <summary>Three known defects: image without alt (/), low contrast (/book), unlabelled field (/patients/{n}).</summary>
    Baseline,

    /// <summary>The same page rebuilt: regenerated class names and ids, attributes in another order, other whitespace and cache-busting queries.</summary>
    Churn,

    /// <summary>The baseline plus a new defect: an icon button with no name on /contact.</summary>
    Regression,

    /// <summary>The baseline with the image's alt text added.</summary>
    Fixed,
}
