using A11yAudit.Cli;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Cli;

/// <summary>Bad input ends with one clear message naming the problem, exit code 2, and no stack trace.</summary>
public sealed class BadInputTests
{
    private static void AssertCleanFailure(CliRunner.Outcome outcome, string expectedText)
    {
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.BadInputOrToolFailure));
            Assert.That(outcome.Error, Does.Contain(expectedText));
            Assert.That(outcome.Error + outcome.Output, Does.Not.Contain("   at "), "no stack trace");
            Assert.That(outcome.Error + outcome.Output, Does.Not.Contain("Exception"));
        });
    }

    [Test]
    public async Task MissingTargetFileIsNamed() =>
        AssertCleanFailure(await CliRunner.RunAsync("audit", "audit-targets/does-not-exist.json"), "does-not-exist.json");

    [Test]
    public async Task MalformedOptionValue() =>
        AssertCleanFailure(await CliRunner.RunAsync("audit", "--max-pages", "lots"), "lots");

    [Test]
    public async Task UnknownOption() =>
        AssertCleanFailure(await CliRunner.RunAsync("audit", "--max-pagez", "3"), "--max-pagez");

    [Test]
    public async Task NonHttpUrl() =>
        AssertCleanFailure(await CliRunner.RunAsync("audit", "--url", "ftp://example.org/"), "ftp://example.org/");

    [Test]
    public async Task MissingUrlListIsNamed() =>
        AssertCleanFailure(await CliRunner.RunAsync("audit", "--urls", "no-such-list.txt", "--out", RepoPaths.NewTempDirectory()), "no-such-list.txt");

    [Test]
    public async Task UrlListWithALineThatIsNotAUrlNamesTheLine()
    {
        var list = Path.Combine(RepoPaths.NewTempDirectory(), "urls.txt");
        await File.WriteAllLinesAsync(list, ["# two pages", "http://127.0.0.1:9/", "not a url"]);
        AssertCleanFailure(await CliRunner.RunAsync("audit", "--urls", list, "--out", RepoPaths.NewTempDirectory()), "urls.txt:3: 'not a url'");
    }

    [Test]
    public async Task UnreachableBrowserServerIsNamed() =>
        AssertCleanFailure(await CliRunner.RunAsync("audit", "--url", "http://127.0.0.1:9/", "--browser-endpoint", "ws://127.0.0.1:9/", "--out", RepoPaths.NewTempDirectory()), "ws://127.0.0.1:9/");

    [Test]
    public async Task BrowserEndpointThatIsNotAWebSocketUrlIsNamed() =>
        AssertCleanFailure(await CliRunner.RunAsync("audit", "--url", "http://127.0.0.1:9/", "--browser-endpoint", "notaurl"), "'notaurl'");

    [Test]
    public async Task MissingBrowserSaysHowToInstallOne()
    {
        var outcome = await CliRunner.RunAsync("audit", "--url", "http://127.0.0.1:9/", "--browser", "/nowhere/chromium", "--out", RepoPaths.NewTempDirectory());
        AssertCleanFailure(outcome, "/nowhere/chromium");
    }

    [Test]
    public async Task HelpListsTheAuditOptions()
    {
        var outcome = await CliRunner.RunAsync("audit", "--help");
        Assert.That(outcome.ExitCode, Is.Zero);
    }
}
