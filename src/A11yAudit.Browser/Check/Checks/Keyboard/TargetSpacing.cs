namespace A11yAudit.Browser.Check.Checks.Keyboard;

/// <summary>A pointer target's box (CSS pixels, viewport coordinates) and the nearest target that contains it (-1 for none).</summary>
internal sealed record TargetBox(double X, double Y, double W, double H, int Parent, bool Reportable);

/// <summary>
/// The spacing test of WCAG 2.5.8 Target Size (Minimum): an undersized target passes if a 24 px circle
/// centred on its bounding box meets no other target and no other undersized target's circle.
/// https://www.w3.org/WAI/WCAG22/Understanding/target-size-minimum.html
/// </summary>
internal static class TargetSpacing
{
    /// <summary>CSS pixels, from 2.5.8.</summary>
    public const double MinimumSize = 24;

    private const double Radius = MinimumSize / 2;

    public static bool Undersized(TargetBox target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.W < MinimumSize || target.H < MinimumSize;
    }

    /// <summary>For each reportable undersized target that fails the spacing test, the first target it is too close to.</summary>
    public static IReadOnlyList<(int Target, int Neighbour)> Crowded(IReadOnlyList<TargetBox> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var crowded = new List<(int, int)>();
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            if (!target.Reportable || !Undersized(target))
            {
                continue;
            }

            var cx = target.X + (target.W / 2);
            var cy = target.Y + (target.H / 2);
            for (var j = 0; j < targets.Count; j++)
            {
                var other = targets[j];
                if (j == i || other.W <= 0 || other.H <= 0 || Related(targets, i, j))
                {
                    continue;
                }

                var circleMeetsTarget = DistanceToBox(cx, cy, other) < Radius;
                var circlesMeet = Undersized(other) && Distance(cx, cy, other.X + (other.W / 2), other.Y + (other.H / 2)) < MinimumSize;
                if (circleMeetsTarget || circlesMeet)
                {
                    crowded.Add((i, j));
                    break;
                }
            }
        }

        return crowded;
    }

    /// <summary>A target nested in another (an icon inside its button) is part of it, not a neighbour.</summary>
    private static bool Related(IReadOnlyList<TargetBox> targets, int a, int b) => IsAncestor(targets, a, b) || IsAncestor(targets, b, a);

    private static bool IsAncestor(IReadOnlyList<TargetBox> targets, int ancestor, int node)
    {
        for (var p = targets[node].Parent; p >= 0 && p < targets.Count; p = targets[p].Parent)
        {
            if (p == ancestor)
            {
                return true;
            }

            if (p >= node)
            {
                break;
            }
        }

        return false;
    }

    private static double DistanceToBox(double x, double y, TargetBox box)
    {
        var dx = Math.Max(Math.Max(box.X - x, 0), x - (box.X + box.W));
        var dy = Math.Max(Math.Max(box.Y - y, 0), y - (box.Y + box.H));
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    private static double Distance(double x1, double y1, double x2, double y2) => Math.Sqrt(((x1 - x2) * (x1 - x2)) + ((y1 - y2) * (y1 - y2)));
}
