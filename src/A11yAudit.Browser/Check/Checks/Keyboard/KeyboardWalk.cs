namespace A11yAudit.Browser.Check.Checks.Keyboard;

/// <summary>One pass of real Tab presses through a page, shared by the keyboard checks (see <see cref="KeyboardWalker"/>).</summary>
internal sealed record KeyboardWalk
{
    /// <summary>Every element that received focus, in the order it first did.</summary>
    public IReadOnlyList<TabStop> Stops { get; init; } = [];

    public WalkEnd End { get; init; }

    public int Presses { get; init; }

    public KeyboardTrap? Trap { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>The walk saw the whole tab order (it wrapped back to the start) rather than stopping early.</summary>
    public bool Complete => End is WalkEnd.Wrapped or WalkEnd.ReturnedToStart;

    public static KeyboardWalk Failed(TimeSpan duration) => new() { End = WalkEnd.Failed, Duration = duration };
}

internal enum WalkEnd
{
    /// <summary>The page has nothing in the tab order.</summary>
    NoStops,

    /// <summary>Focus left the last element for the browser (document.body), as at the end of any page.</summary>
    Wrapped,

    /// <summary>Focus came back to the first stop without passing the browser.</summary>
    ReturnedToStart,

    /// <summary>The press limit was reached first (a very long page, or a long stay inside a frame).</summary>
    Cap,

    /// <summary>Focus stayed within a few elements: see <see cref="KeyboardWalk.Trap"/>.</summary>
    Trapped,

    /// <summary>Focus cycled inside an open dialog, as a modal dialog should.</summary>
    DialogCycle,

    /// <summary>The page went away or the browser failed mid-walk.</summary>
    Failed,
}

/// <summary>One focused element as measured the first time it had focus (CSS pixels, document coordinates).</summary>
internal sealed record TabStop
{
    public int Id { get; init; }

    public IReadOnlyList<string> Selector { get; init; } = [];

    public string Html { get; init; } = "";

    public string Tag { get; init; } = "";

    public string Role { get; init; } = "";

    /// <summary>frame, media, multi (date-like inputs), editor (textarea, contenteditable), field (text input) or control.</summary>
    public string Kind { get; init; } = "control";

    public string? Href { get; init; }

    /// <summary>Inside a position: fixed or sticky box, so its document position depends on scrolling.</summary>
    public bool Fixed { get; init; }

    public bool InDialog { get; init; }

    public bool InMain { get; init; }

    /// <summary>Has a size, is not hidden, clipped away or off-screen once focused.</summary>
    public bool Visible { get; init; }

    public double X { get; init; }

    public double Y { get; init; }

    public double W { get; init; }

    public double H { get; init; }

    public Coverage? Cover { get; init; }

    /// <summary>What changed in the element's neighbourhood between focused and unfocused; null when not measured.</summary>
    public IReadOnlyList<StyleChange>? Changes { get; init; }

    /// <summary>
    /// Null when measured once; true when a second Tab press onto the element, after a pause, confirmed
    /// the measurement (done for would-be violations); false when that press did not land on it.
    /// </summary>
    public bool? Confirmed { get; init; }

    public bool IsFrame => Kind == "frame";

    public FocusIndicator Indicator => FocusIndicatorClassifier.Classify(Changes);

    /// <summary>Seen on screen while focused, yet nothing is drawn differently: a focus-visible violation once confirmed.</summary>
    public bool ShowsNoFocus => Visible && !IsFrame && Kind != "media" && !IsTextEntry && Indicator == FocusIndicator.None;

    /// <summary>Every sample point hidden by an opaque fixed or sticky layer: a focus-obscured violation once confirmed.</summary>
    public bool EntirelyCovered => Visible && Cover is { Opaque: true } c && c.Covered == c.Points && c.Points >= Coverage.MinimumPoints;

    /// <summary>Text entry, where the blinking caret may be the only focus indicator a browser shows.</summary>
    public bool IsTextEntry => Kind is "field" or "editor" or "multi";
}

/// <summary>Sample points of a focused element (centre and corners) that a fixed or sticky layer covers.</summary>
internal sealed record Coverage(int Points, int Covered, IReadOnlyList<string>? By, string? ByHtml, bool Opaque)
{
    /// <summary>With fewer of the five sample points on screen the element is mostly off-screen and a verdict shaky.</summary>
    public const int MinimumPoints = 3;
}

/// <summary>One computed-style difference: rel is self, ancestor, descendant, sibling or label; prop may be prefixed "before " or "after ".</summary>
internal sealed record StyleChange(string Rel, string Prop, string? Before, string? After);

/// <summary>Focus stuck in <see cref="Cycle"/>, with the ways out that were tried.</summary>
internal sealed record KeyboardTrap
{
    public IReadOnlyList<TabStop> Cycle { get; init; } = [];

    /// <summary>Elements in the page's tab order (visible, not inert), for comparison with the cycle.</summary>
    public int TabbableCount { get; init; }

    public bool EscapesWithShiftTab { get; init; }

    public bool EscapesWithEscapeThenTab { get; init; }

    /// <summary>A text area, contenteditable or role=application, where capturing Tab may be a documented feature.</summary>
    public bool IsEditor { get; init; }

    public int PressesBeforeTrap { get; init; }
}
