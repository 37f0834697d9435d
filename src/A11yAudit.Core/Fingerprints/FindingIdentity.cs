using System.Security.Cryptography;
using System.Text;
using A11yAudit.Core.Model;

namespace A11yAudit.Core.Fingerprints;

/// <summary>
/// What makes one problem the same problem in another run: the check (source and rule), whether it was
/// confirmed or needs review, the page pattern, and the element as a normalised selector and opening tag.
/// Readable, so a baseline can show it; <see cref="Fingerprint"/> is its hash.
/// </summary>
public sealed record FindingIdentity(
    string Source,
    string RuleId,
    FindingOutcome Outcome,
    string Page,
    string Selector,
    string Element)
{
    /// <summary>Names the algorithm; a change to any normalisation must change it, so old baselines are not misread.</summary>
    public const string Version = "a11yaudit/v1";

    /// <summary>Hex characters kept of the SHA-256: 64 bits, far beyond any audit's number of findings.</summary>
    public const int Length = 16;

    public string Fingerprint
    {
        get
        {
            var text = string.Join('\n', Version, Source.ToLowerInvariant(), RuleId.ToLowerInvariant(), Outcome == FindingOutcome.Violation ? "violation" : "needs-review", Page, Selector, Element);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..Length];
        }
    }
}
