namespace A11yAudit.Reports.Wcag;

/// <summary>
/// What a person checks for each WCAG 2.2 A/AA success criterion, in one line, for the manual-review
/// worklist. Automated checks cover only parts of a few criteria; these say what is left to judge.
/// </summary>
public static class ManualChecks
{
    private static readonly Dictionary<string, string> Hints = new(StringComparer.Ordinal)
    {
        ["1.1.1"] = "Every image, icon and chart has a text alternative that says what it means in context; decorative images are hidden.",
        ["1.2.1"] = "Audio-only and video-only recordings have a transcript or an audio/text alternative.",
        ["1.2.2"] = "Pre-recorded videos with sound have accurate, synchronised captions.",
        ["1.2.3"] = "Pre-recorded videos have audio description or a full text alternative.",
        ["1.2.4"] = "Live video with sound (webinars, streams) has live captions.",
        ["1.2.5"] = "Pre-recorded videos have audio description of important visual information.",
        ["1.3.1"] = "Headings, lists, tables, form groups and labels are marked up so their structure is announced, not just shown.",
        ["1.3.2"] = "Reading order (linearised, or with a screen reader) matches the visual meaning.",
        ["1.3.3"] = "Instructions do not rely on shape, size, position or sound alone (\"the green button on the right\").",
        ["1.3.4"] = "Pages work in both portrait and landscape orientation.",
        ["1.3.5"] = "Fields asking for the user's own details have the right autocomplete value.",
        ["1.4.1"] = "Colour is never the only way information is shown (errors, required fields, links, charts).",
        ["1.4.2"] = "Audio that plays automatically for more than 3 seconds can be paused or muted.",
        ["1.4.3"] = "Text has enough contrast (4.5:1, 3:1 for large text), including text over images and in every state.",
        ["1.4.4"] = "Text can be zoomed to 200% without loss of content or function.",
        ["1.4.5"] = "Text is real text, not an image of text (logos excepted).",
        ["1.4.10"] = "At 320 CSS pixels wide (400% zoom) content reflows with no sideways scrolling and nothing lost.",
        ["1.4.11"] = "Borders of fields, buttons, focus indicators and meaningful graphics have 3:1 contrast.",
        ["1.4.12"] = "Increasing line, paragraph, letter and word spacing does not cut off or overlap text.",
        ["1.4.13"] = "Content shown on hover or focus can be dismissed, hovered over, and stays until dismissed.",
        ["2.1.1"] = "Everything can be done with a keyboard alone: every link, control, menu and custom widget.",
        ["2.1.2"] = "Keyboard focus never gets stuck (modals, embedded content, date pickers).",
        ["2.1.4"] = "Single-character keyboard shortcuts can be turned off or remapped.",
        ["2.2.1"] = "Time limits (session time-outs) can be turned off, adjusted or extended, with a warning.",
        ["2.2.2"] = "Moving, blinking, scrolling or auto-updating content can be paused, stopped or hidden.",
        ["2.3.1"] = "Nothing flashes more than three times a second.",
        ["2.4.1"] = "A skip link or landmarks let people bypass repeated blocks.",
        ["2.4.2"] = "Each page's title describes its topic or purpose (and the step in a transaction).",
        ["2.4.3"] = "Focus moves in an order that preserves meaning, including into and out of dialogs.",
        ["2.4.4"] = "Each link's purpose is clear from its text or its context (no unexplained \"click here\").",
        ["2.4.5"] = "There is more than one way to find pages (navigation, search, site map).",
        ["2.4.6"] = "Headings and labels describe their topic or purpose.",
        ["2.4.7"] = "Keyboard focus is always visible.",
        ["2.4.11"] = "Focused elements are not hidden behind sticky headers, footers or banners.",
        ["2.5.1"] = "Anything done with multi-point or path gestures (pinch, swipe) can also be done with a single tap.",
        ["2.5.2"] = "Actions happen on release, not on press, or can be cancelled.",
        ["2.5.3"] = "The accessible name of each control contains its visible label text.",
        ["2.5.4"] = "Anything done by shaking or tilting can also be done with a control, and can be turned off.",
        ["2.5.7"] = "Anything done by dragging can also be done with single taps or clicks.",
        ["2.5.8"] = "Touch targets are at least 24 by 24 CSS pixels or spaced apart.",
        ["3.1.1"] = "The page's language is set correctly.",
        ["3.1.2"] = "Passages in another language are marked with their language.",
        ["3.2.1"] = "Focusing an element never changes the context unexpectedly (no auto-submit, no new window).",
        ["3.2.2"] = "Changing a field's value never changes the context without warning.",
        ["3.2.3"] = "Navigation repeated across pages stays in the same order.",
        ["3.2.4"] = "Things that do the same thing are named and shown the same way across pages.",
        ["3.2.6"] = "Help (contact details, chat, help page) is in the same place on every page that has it.",
        ["3.3.1"] = "Errors are identified in text and the field in error is described.",
        ["3.3.2"] = "Fields have visible labels or instructions, including required fields and formats.",
        ["3.3.3"] = "Error messages suggest how to fix the error where possible.",
        ["3.3.4"] = "Legal, financial and data submissions can be reversed, checked or confirmed.",
        ["3.3.7"] = "Information already entered in a process is not asked for again (or can be selected).",
        ["3.3.8"] = "Signing in does not depend on remembering, transcribing or solving a puzzle; password managers and paste work.",
        ["4.1.2"] = "Custom controls expose their name, role, state and value to assistive technology.",
        ["4.1.3"] = "Status messages (results, errors, progress) are announced without moving focus.",
    };

    /// <summary>The check for a criterion, or a generic instruction for one not listed.</summary>
    public static string For(string number) =>
        Hints.TryGetValue(number, out var hint) ? hint : "Check the page against the criterion's Understanding document.";

    /// <summary>"Perceivable" for "1.4.3": the principle a criterion belongs to.</summary>
    public static string Principle(string number) => number.Split('.')[0] switch
    {
        "1" => "Perceivable",
        "2" => "Operable",
        "3" => "Understandable",
        "4" => "Robust",
        _ => "Other",
    };
}
