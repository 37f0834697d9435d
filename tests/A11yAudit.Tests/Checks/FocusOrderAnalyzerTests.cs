using A11yAudit.Browser.Check.Checks.Keyboard;

namespace A11yAudit.Tests.Checks;

public sealed class FocusOrderAnalyzerTests
{
    private static TabStop Stop(string id, double x, double y, double w = 80, double h = 30, bool visible = true, bool isFixed = false) =>
        new() { Selector = ["#" + id], X = x, Y = y, W = w, H = h, Visible = visible, Fixed = isFixed };

    [Test]
    public void ReadingOrderHasNoJumps()
    {
        var stops = new[] { Stop("a", 0, 0), Stop("b", 100, 0), Stop("c", 200, 0), Stop("d", 0, 50), Stop("e", 0, 400) };

        Assert.That(FocusOrderAnalyzer.BackwardJumps(stops), Is.Empty);
    }

    [Test]
    public void ReversedRowJumpsLeftAndEarlierRowsJumpUp()
    {
        var stops = new[] { Stop("c", 200, 0), Stop("b", 100, 0), Stop("a", 0, 0), Stop("low", 0, 300), Stop("high", 0, 100) };

        var jumps = FocusOrderAnalyzer.BackwardJumps(stops);

        Assert.That(jumps.Select(j => (j.To.Selector[0], j.Direction)), Is.EqualTo(new[] { ("#b", "left"), ("#a", "left"), ("#high", "up") }));
    }

    [Test]
    public void MovingUpIntoAColumnOnTheRightIsNotAJump()
    {
        var stops = new[] { Stop("left-top", 0, 0, 150), Stop("left-bottom", 0, 200, 150), Stop("right-top", 170, 0, 150) };

        Assert.That(FocusOrderAnalyzer.BackwardJumps(stops), Is.Empty);
    }

    [Test]
    public void FixedAndHiddenStopsAreLeftOut()
    {
        var stops = new[] { Stop("a", 0, 500), Stop("toolbar", 0, 0, isFixed: true), Stop("hidden", 0, 0, visible: false), Stop("b", 0, 600) };

        Assert.That(FocusOrderAnalyzer.BackwardJumps(stops), Is.Empty);
    }
}
