namespace A11yAudit.Browser.Check.Checks.Keyboard;

internal enum FocusIndicator
{
    /// <summary>Not measured (the element still had focus, or left the page).</summary>
    Unknown,

    /// <summary>Nothing drawn differently while focused.</summary>
    None,

    /// <summary>Only changes that are easy to miss: text colour, underline, opacity, faint backgrounds.</summary>
    Subtle,

    /// <summary>An outline, shadow, border, marker or a strong background change appears.</summary>
    Clear,
}

/// <summary>Judges the style differences between a focused and an unfocused element as a focus indicator.</summary>
internal static class FocusIndicatorClassifier
{
    /// <summary>
    /// A colour-only change counts as clear at 3:1 between the two states: the contrast WCAG 2.2 asks of
    /// state changes in 1.4.11 Non-text Contrast and of focus indicators in 2.4.13 Focus Appearance.
    /// </summary>
    public const double ClearColourChange = 3.0;

    public static FocusIndicator Classify(IReadOnlyList<StyleChange>? changes)
    {
        if (changes is null)
        {
            return FocusIndicator.Unknown;
        }

        if (changes.Count == 0)
        {
            return FocusIndicator.None;
        }

        return changes.Any(IsClear) ? FocusIndicator.Clear : FocusIndicator.Subtle;
    }

    public static bool IsClear(StyleChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var pseudo = change.Prop.StartsWith("before ", StringComparison.Ordinal) || change.Prop.StartsWith("after ", StringComparison.Ordinal);
        var name = pseudo ? change.Prop[(change.Prop.IndexOf(' ', StringComparison.Ordinal) + 1)..] : change.Prop;
        return name switch
        {
            "outline" or "box-shadow" or "position" or "content" or "size" or "background-image" or "visibility" => true,
            // A ::before/::after mark that fades or slides in is a drawn indicator; on the element itself these are easy to miss.
            "opacity" or "transform" => pseudo,
            "background-color" => ColourChangeIsClear(change.Before, change.After),
            _ when name.StartsWith("border-", StringComparison.Ordinal) => BorderChangeIsClear(change.Before, change.After),
            _ => false,
        };
    }

    /// <summary>Border values are "none" or "style width colour".</summary>
    private static bool BorderChangeIsClear(string? before, string? after)
    {
        if (before is null or "none" || after is null or "none")
        {
            return true;
        }

        var b = before.Split(' ', 3);
        var a = after.Split(' ', 3);
        if (b.Length < 3 || a.Length < 3 || b[0] != a[0] || b[1] != a[1])
        {
            return true;
        }

        return ColourChangeIsClear(b[2], a[2]);
    }

    private static bool ColourChangeIsClear(string? before, string? after) =>
        CssColour.Contrast(before, after) is { } ratio && ratio >= ClearColourChange;
}
