using A11yAudit.Core.Exclusion.Scoring;
using A11yAudit.Core.Model;

namespace A11yAudit.Tests.Exclusion;

public sealed class JourneyStepMatcherTests
{
    private const string Site = "https://gp.example.nhs.uk";

    [TestCase("/book/step-1.html", Site + "/book/step-1.html", true)]
    [TestCase("/book/step-1.html", Site + "/book/step-2.html", false)]
    [TestCase("book/step-1.html", Site + "/book/step-1.html", true)]
    [TestCase("/book/step-1.html", "https://other.example/book/step-1.html", true)]
    public void A_path_matches_the_page_path_on_any_host(string step, string url, bool expected) =>
        Assert.That(new JourneyStepMatcher(step).Matches(url), Is.EqualTo(expected));

    [TestCase(Site + "/book/", Site + "/book/index.html", true)]
    [TestCase(Site + "/book/", Site + "/book", true)]
    [TestCase(Site + "/book/index.html", Site + "/book/", true)]
    [TestCase(Site + "/book/", "https://other.example/book/", false)]
    [TestCase(Site + "/book/", "http://gp.example.nhs.uk/book/", false)]
    [TestCase(Site + "/book/", Site + "/book/?step=2", false)]
    public void An_absolute_URL_matches_the_whole_page_URL(string step, string url, bool expected) =>
        Assert.That(new JourneyStepMatcher(step).Matches(url), Is.EqualTo(expected));

    [TestCase("/", Site + "/index.html", true)]
    [TestCase("/", Site + "/", true)]
    [TestCase("/services/", Site + "/services", true)]
    [TestCase("/services", Site + "/services/index.htm", true)]
    [TestCase("/services", Site + "/services/other.html", false)]
    public void A_folder_and_its_index_page_are_the_same_step(string step, string url, bool expected) =>
        Assert.That(new JourneyStepMatcher(step).Matches(url), Is.EqualTo(expected));

    [TestCase("/search?q=gp", Site + "/search?q=gp", true)]
    [TestCase("/search?q=gp", Site + "/search?q=dentist", false)]
    [TestCase("/search?b=2&a=1", Site + "/search?a=1&b=2", true)]
    [TestCase("/search", Site + "/search?q=gp", true)]
    public void A_query_in_the_step_must_match_and_no_query_matches_any(string step, string url, bool expected) =>
        Assert.That(new JourneyStepMatcher(step).Matches(url), Is.EqualTo(expected));

    [TestCase(@"^https://gp\.example\.nhs\.uk/book/step-\d+\.html$", Site + "/book/step-1.html", true)]
    [TestCase(@"^https://gp\.example\.nhs\.uk/book/step-\d+\.html$", Site + "/book/step-22.html", true)]
    [TestCase(@"^https://gp\.example\.nhs\.uk/book/step-\d+\.html$", Site + "/bookings.html", false)]
    [TestCase(@"^.*/prescriptions/", Site + "/prescriptions/repeat", true)]
    public void A_step_starting_with_a_caret_is_a_regex_over_the_absolute_URL(string step, string url, bool expected) =>
        Assert.That(new JourneyStepMatcher(step).Matches(url), Is.EqualTo(expected));

    [Test]
    public void An_invalid_regex_matches_nothing_and_says_why()
    {
        var matcher = new JourneyStepMatcher("^([");
        Assert.That(matcher.Problem, Does.StartWith("invalid regular expression"));
        Assert.That(matcher.Matches(Site + "/"), Is.False);
    }

    [Test]
    public void A_page_matches_through_its_final_URL_after_redirects()
    {
        var page = new PageResult { Url = Site + "/start", FinalUrl = Site + "/book/step-1.html", Outcome = PageOutcome.Scanned };
        Assert.That(new JourneyStepMatcher("/book/step-1.html").Matches(page), Is.True);
    }
}
