using A11yAudit.Browser.Check.Checks;

namespace A11yAudit.Tests.Checks;

/// <summary>When a slow first load is measured again (machine load) and when it stands (far over the budget).</summary>
[TestFixture]
public sealed class LowBandwidthRetryTests
{
    [TestCase(3999, false, TestName = "Within the budget: no second load")]
    [TestCase(4001, true, TestName = "Just over: loaded again")]
    [TestCase(6000, true, TestName = "At 1.5 times the budget: loaded again")]
    [TestCase(6001, false, TestName = "Beyond 1.5 times: reported as measured")]
    [TestCase(12155, false, TestName = "The demo's heavy page: reported as measured")]
    public void LoadsAgainOnlyWhenTheVerdictIsClose(double usableMs, bool again) =>
        Assert.That(LowBandwidthCheck.LoadAgain(usableMs, 4000), Is.EqualTo(again));
}
