using System.Globalization;

namespace A11yAudit.Reports.Wcag;

/// <summary>One WCAG 2.2 success criterion: its number, name, level and "Understanding" page.</summary>
public sealed record WcagCriterion(string Number, string Name, string Level, string Slug)
{
    public string UnderstandingUrl => WcagCriteria.UnderstandingBase + Slug + ".html";
}

/// <summary>
/// The WCAG 2.2 success criteria. The W3C "Understanding" pages are addressed by slug, not by number, so a
/// report that links criteria needs this table; it is fixed by the published standard.
/// </summary>
public static class WcagCriteria
{
    public const string UnderstandingBase = "https://www.w3.org/WAI/WCAG22/Understanding/";

    private static readonly Dictionary<string, WcagCriterion> ByNumber = Build(
        ("1.1.1", "Non-text Content", "A", "non-text-content"),
        ("1.2.1", "Audio-only and Video-only (Prerecorded)", "A", "audio-only-and-video-only-prerecorded"),
        ("1.2.2", "Captions (Prerecorded)", "A", "captions-prerecorded"),
        ("1.2.3", "Audio Description or Media Alternative (Prerecorded)", "A", "audio-description-or-media-alternative-prerecorded"),
        ("1.2.4", "Captions (Live)", "AA", "captions-live"),
        ("1.2.5", "Audio Description (Prerecorded)", "AA", "audio-description-prerecorded"),
        ("1.2.6", "Sign Language (Prerecorded)", "AAA", "sign-language-prerecorded"),
        ("1.2.7", "Extended Audio Description (Prerecorded)", "AAA", "extended-audio-description-prerecorded"),
        ("1.2.8", "Media Alternative (Prerecorded)", "AAA", "media-alternative-prerecorded"),
        ("1.2.9", "Audio-only (Live)", "AAA", "audio-only-live"),
        ("1.3.1", "Info and Relationships", "A", "info-and-relationships"),
        ("1.3.2", "Meaningful Sequence", "A", "meaningful-sequence"),
        ("1.3.3", "Sensory Characteristics", "A", "sensory-characteristics"),
        ("1.3.4", "Orientation", "AA", "orientation"),
        ("1.3.5", "Identify Input Purpose", "AA", "identify-input-purpose"),
        ("1.3.6", "Identify Purpose", "AAA", "identify-purpose"),
        ("1.4.1", "Use of Color", "A", "use-of-color"),
        ("1.4.2", "Audio Control", "A", "audio-control"),
        ("1.4.3", "Contrast (Minimum)", "AA", "contrast-minimum"),
        ("1.4.4", "Resize Text", "AA", "resize-text"),
        ("1.4.5", "Images of Text", "AA", "images-of-text"),
        ("1.4.6", "Contrast (Enhanced)", "AAA", "contrast-enhanced"),
        ("1.4.7", "Low or No Background Audio", "AAA", "low-or-no-background-audio"),
        ("1.4.8", "Visual Presentation", "AAA", "visual-presentation"),
        ("1.4.9", "Images of Text (No Exception)", "AAA", "images-of-text-no-exception"),
        ("1.4.10", "Reflow", "AA", "reflow"),
        ("1.4.11", "Non-text Contrast", "AA", "non-text-contrast"),
        ("1.4.12", "Text Spacing", "AA", "text-spacing"),
        ("1.4.13", "Content on Hover or Focus", "AA", "content-on-hover-or-focus"),
        ("2.1.1", "Keyboard", "A", "keyboard"),
        ("2.1.2", "No Keyboard Trap", "A", "no-keyboard-trap"),
        ("2.1.3", "Keyboard (No Exception)", "AAA", "keyboard-no-exception"),
        ("2.1.4", "Character Key Shortcuts", "A", "character-key-shortcuts"),
        ("2.2.1", "Timing Adjustable", "A", "timing-adjustable"),
        ("2.2.2", "Pause, Stop, Hide", "A", "pause-stop-hide"),
        ("2.2.3", "No Timing", "AAA", "no-timing"),
        ("2.2.4", "Interruptions", "AAA", "interruptions"),
        ("2.2.5", "Re-authenticating", "AAA", "re-authenticating"),
        ("2.2.6", "Timeouts", "AAA", "timeouts"),
        ("2.3.1", "Three Flashes or Below Threshold", "A", "three-flashes-or-below-threshold"),
        ("2.3.2", "Three Flashes", "AAA", "three-flashes"),
        ("2.3.3", "Animation from Interactions", "AAA", "animation-from-interactions"),
        ("2.4.1", "Bypass Blocks", "A", "bypass-blocks"),
        ("2.4.2", "Page Titled", "A", "page-titled"),
        ("2.4.3", "Focus Order", "A", "focus-order"),
        ("2.4.4", "Link Purpose (In Context)", "A", "link-purpose-in-context"),
        ("2.4.5", "Multiple Ways", "AA", "multiple-ways"),
        ("2.4.6", "Headings and Labels", "AA", "headings-and-labels"),
        ("2.4.7", "Focus Visible", "AA", "focus-visible"),
        ("2.4.8", "Location", "AAA", "location"),
        ("2.4.9", "Link Purpose (Link Only)", "AAA", "link-purpose-link-only"),
        ("2.4.10", "Section Headings", "AAA", "section-headings"),
        ("2.4.11", "Focus Not Obscured (Minimum)", "AA", "focus-not-obscured-minimum"),
        ("2.4.12", "Focus Not Obscured (Enhanced)", "AAA", "focus-not-obscured-enhanced"),
        ("2.4.13", "Focus Appearance", "AAA", "focus-appearance"),
        ("2.5.1", "Pointer Gestures", "A", "pointer-gestures"),
        ("2.5.2", "Pointer Cancellation", "A", "pointer-cancellation"),
        ("2.5.3", "Label in Name", "A", "label-in-name"),
        ("2.5.4", "Motion Actuation", "A", "motion-actuation"),
        ("2.5.5", "Target Size (Enhanced)", "AAA", "target-size-enhanced"),
        ("2.5.6", "Concurrent Input Mechanisms", "AAA", "concurrent-input-mechanisms"),
        ("2.5.7", "Dragging Movements", "AA", "dragging-movements"),
        ("2.5.8", "Target Size (Minimum)", "AA", "target-size-minimum"),
        ("3.1.1", "Language of Page", "A", "language-of-page"),
        ("3.1.2", "Language of Parts", "AA", "language-of-parts"),
        ("3.1.3", "Unusual Words", "AAA", "unusual-words"),
        ("3.1.4", "Abbreviations", "AAA", "abbreviations"),
        ("3.1.5", "Reading Level", "AAA", "reading-level"),
        ("3.1.6", "Pronunciation", "AAA", "pronunciation"),
        ("3.2.1", "On Focus", "A", "on-focus"),
        ("3.2.2", "On Input", "A", "on-input"),
        ("3.2.3", "Consistent Navigation", "AA", "consistent-navigation"),
        ("3.2.4", "Consistent Identification", "AA", "consistent-identification"),
        ("3.2.5", "Change on Request", "AAA", "change-on-request"),
        ("3.2.6", "Consistent Help", "A", "consistent-help"),
        ("3.3.1", "Error Identification", "A", "error-identification"),
        ("3.3.2", "Labels or Instructions", "A", "labels-or-instructions"),
        ("3.3.3", "Error Suggestion", "AA", "error-suggestion"),
        ("3.3.4", "Error Prevention (Legal, Financial, Data)", "AA", "error-prevention-legal-financial-data"),
        ("3.3.5", "Help", "AAA", "help"),
        ("3.3.6", "Error Prevention (All)", "AAA", "error-prevention-all"),
        ("3.3.7", "Redundant Entry", "A", "redundant-entry"),
        ("3.3.8", "Accessible Authentication (Minimum)", "AA", "accessible-authentication-minimum"),
        ("3.3.9", "Accessible Authentication (Enhanced)", "AAA", "accessible-authentication-enhanced"),
        // Removed from WCAG 2.2, but axe still tags a few rules with it and the Understanding page explains why.
        ("4.1.1", "Parsing (obsolete and removed)", "", "parsing"),
        ("4.1.2", "Name, Role, Value", "A", "name-role-value"),
        ("4.1.3", "Status Messages", "AA", "status-messages"));

    public static IReadOnlyCollection<WcagCriterion> All => ByNumber.Values;

    /// <summary>The criterion for "1.4.3"; null for a number WCAG 2.2 does not define.</summary>
    public static WcagCriterion? Find(string number) =>
        ByNumber.TryGetValue(number.Trim(), out var criterion) ? criterion : null;

    /// <summary>Orders "1.4.10" after "1.4.3" (numeric parts), unknown shapes last in ordinal order.</summary>
    public static int Compare(string? x, string? y)
    {
        var a = Parts(x);
        var b = Parts(y);
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = a[i].CompareTo(b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        var byLength = a.Length.CompareTo(b.Length);
        return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
    }

    private static int[] Parts(string? number) =>
        (number ?? "").Split('.')
            .Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
            .ToArray();

    private static Dictionary<string, WcagCriterion> Build(params (string Number, string Name, string Level, string Slug)[] rows) =>
        rows.ToDictionary(r => r.Number, r => new WcagCriterion(r.Number, r.Name, r.Level, r.Slug), StringComparer.Ordinal);
}
