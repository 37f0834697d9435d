using A11yAudit.Reports.Model;

namespace A11yAudit.Tests.Reports;

[TestFixture]
public sealed class ReportTextTests
{
    [TestCase(0.2, "less than 1 second")]
    [TestCase(1, "1 second")]
    [TestCase(45.4, "45 seconds")]
    [TestCase(60, "1 minute")]
    [TestCase(192, "3 minutes 12 seconds")]
    [TestCase(3600, "1 hour")]
    [TestCase(3661, "1 hour 1 minute")]
    [TestCase(7500, "2 hours 5 minutes")]
    [TestCase(-1, "not recorded")]
    [TestCase(double.NaN, "not recorded")]
    public void Duration_in_words(double seconds, string expected) =>
        Assert.That(ReportText.Duration(seconds), Is.EqualTo(expected));

    [Test]
    public void Time_keeps_the_recorded_offset()
    {
        var time = ReportText.Time(new DateTimeOffset(2025, 6, 10, 9, 5, 0, TimeSpan.FromHours(1)));

        Assert.That(time, Is.EqualTo(new ReportTime("10 June 2025 at 09:05 UTC+01:00", "2025-06-10T09:05:00+01:00")));
    }

    [Test]
    public void Time_with_a_negative_offset()
    {
        var time = ReportText.Time(new DateTimeOffset(2025, 1, 2, 3, 4, 0, TimeSpan.FromHours(-5)));

        Assert.That(time.Text, Is.EqualTo("2 January 2025 at 03:04 UTC-05:00"));
    }
}
