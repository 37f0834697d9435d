using A11yAudit.Core.Urls;

namespace A11yAudit.Tests.Urls;

[TestFixture]
public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [TestCase(429, "3", 3)]
    [TestCase(503, "10", 10)]
    [TestCase(429, " 0 ", 0)]
    public void SecondsAreTheWait(int status, string header, int seconds) =>
        Assert.That(RetryAfter.Wait(status, header, Now), Is.EqualTo(TimeSpan.FromSeconds(seconds)));

    [Test]
    public void AnHttpDateIsTheWaitUntilThen() =>
        Assert.That(RetryAfter.Wait(503, "Tue, 24 Nov 2026 12:00:30 GMT", Now), Is.EqualTo(TimeSpan.FromSeconds(30)));

    [Test]
    public void ADateAlreadyPastMeansNoWait() =>
        Assert.That(RetryAfter.Wait(429, "Tue, 24 Nov 2026 11:59:00 GMT", Now), Is.EqualTo(TimeSpan.Zero));

    [Test]
    public void TooManyRequestsWithoutAWaitStillSlowsDown()
    {
        Assert.That(RetryAfter.Wait(429, null, Now), Is.EqualTo(RetryAfter.DefaultFor429));
        Assert.That(RetryAfter.Wait(429, "soon", Now), Is.EqualTo(RetryAfter.DefaultFor429));
    }

    [Test]
    public void UnavailableWithoutAWaitIsNotRetried()
    {
        // It may be down for hours; the page is recorded as it answered.
        Assert.That(RetryAfter.Wait(503, null, Now), Is.Null);
        Assert.That(RetryAfter.Wait(503, "later", Now), Is.Null);
    }

    [TestCase(200)]
    [TestCase(404)]
    [TestCase(500)]
    public void OtherStatusesAreNeverRetried(int status) =>
        Assert.That(RetryAfter.Wait(status, "1", Now), Is.Null);

    [Test]
    public void AHugeWaitIsCappedAtADay() =>
        Assert.That(RetryAfter.Wait(429, "99999999999", Now), Is.EqualTo(TimeSpan.FromDays(1)));
}
