namespace A11yAudit.Browser.Check.Checks.Keyboard;

/// <summary>A Tab press that moves focus back against the reading order: up the page, or left along a row.</summary>
internal sealed record FocusJump(TabStop From, TabStop To, string Direction);

/// <summary>Compares the tab sequence with the visual reading order (top to bottom, left to right) from element boxes.</summary>
internal static class FocusOrderAnalyzer
{
    /// <summary>Pixels of slack before "above" counts, so baseline and padding differences are not jumps.</summary>
    public const double Slack = 8;

    public static IReadOnlyList<FocusJump> BackwardJumps(IReadOnlyList<TabStop> stops)
    {
        ArgumentNullException.ThrowIfNull(stops);

        // Fixed and sticky boxes have no place in the page's flow, and hidden stops no place on screen.
        var placed = stops.Where(s => s.Visible && !s.Fixed && !s.IsFrame && s.W >= 1 && s.H >= 1).ToList();
        var jumps = new List<FocusJump>();
        for (var i = 0; i + 1 < placed.Count; i++)
        {
            var from = placed[i];
            var to = placed[i + 1];
            var wholeRowAbove = to.Y + to.H <= from.Y - Slack;

            // Moving up into a column further right is the normal way to read columns.
            var columnToTheRight = to.X >= from.X + from.W;
            if (wholeRowAbove && !columnToTheRight)
            {
                jumps.Add(new FocusJump(from, to, "up"));
                continue;
            }

            var overlap = Math.Min(from.Y + from.H, to.Y + to.H) - Math.Max(from.Y, to.Y);
            var sameRow = overlap >= 0.5 * Math.Min(from.H, to.H);
            if (sameRow && to.X + to.W <= from.X + 1)
            {
                jumps.Add(new FocusJump(from, to, "left"));
            }
        }

        return jumps;
    }
}
