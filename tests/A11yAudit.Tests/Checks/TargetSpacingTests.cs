using A11yAudit.Browser.Check.Checks.Keyboard;

namespace A11yAudit.Tests.Checks;

public sealed class TargetSpacingTests
{
    private static TargetBox Box(double x, double y, double w, double h, int parent = -1, bool reportable = true) => new(x, y, w, h, parent, reportable);

    [Test]
    public void TwoSmallTargetsCloserThan24PixelsBetweenCentresAreCrowded()
    {
        var targets = new[] { Box(0, 0, 16, 16), Box(20, 0, 16, 16) };

        Assert.That(TargetSpacing.Crowded(targets), Is.EqualTo(new[] { (0, 1), (1, 0) }));
    }

    [Test]
    public void SmallTargetsWithCentres24PixelsApartPass()
    {
        var targets = new[] { Box(0, 0, 16, 16), Box(24, 0, 16, 16) };

        Assert.That(TargetSpacing.Crowded(targets), Is.Empty);
    }

    [Test]
    public void ASmallTargetsCircleMustNotReachALargeTarget()
    {
        // The small target's centre is at 8,8; the large target starts 10 px to its right: inside the 12 px radius.
        var crowded = new[] { Box(0, 0, 16, 16), Box(18, 0, 44, 44, reportable: false) };
        var spaced = new[] { Box(0, 0, 16, 16), Box(21, 0, 44, 44, reportable: false) };

        Assert.Multiple(() =>
        {
            Assert.That(TargetSpacing.Crowded(crowded), Is.EqualTo(new[] { (0, 1) }));
            Assert.That(TargetSpacing.Crowded(spaced), Is.Empty);
        });
    }

    [Test]
    public void TargetsOfFullSizeNestedTargetsAndUnreportableTargetsAreNotReported()
    {
        var targets = new[] { Box(0, 0, 44, 44, reportable: true), Box(10, 10, 16, 16, parent: 0), Box(50, 0, 10, 10, reportable: false), Box(62, 0, 10, 10, reportable: false) };

        Assert.That(TargetSpacing.Crowded(targets), Is.Empty);
    }
}
