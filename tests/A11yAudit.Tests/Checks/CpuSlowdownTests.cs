using A11yAudit.Browser.Check.Checks;

namespace A11yAudit.Tests.Checks;

[TestFixture]
public sealed class CpuSlowdownTests
{
    [Test]
    public void AMilestoneMovesByTheExtraTimeTheMainThreadWouldTake() =>
        Assert.That(CpuSlowdown.Delay(milestoneMs: 800, mainThreadMsBefore: 100, slowdown: 4), Is.EqualTo(1100));

    [Test]
    public void NoSlowdownLeavesTheMilestoneWhereItWas() =>
        Assert.That(CpuSlowdown.Delay(800, 100, 1), Is.EqualTo(800));

    [Test]
    public void AMilestoneThatNeverCameStaysUnknown() =>
        Assert.That(CpuSlowdown.Delay(-1, 100, 4), Is.EqualTo(-1));

    [Test]
    public void NegativeMainThreadTimeAddsNothing() =>
        Assert.That(CpuSlowdown.Delay(800, -5, 4), Is.EqualTo(800));
}
