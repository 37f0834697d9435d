using A11yAudit.Browser.Check.Checks.Keyboard;
using A11yAudit.Core.Options;
using A11yAudit.IntegrationTests.Support;

namespace A11yAudit.IntegrationTests.Checks;

/// <summary>
/// The keyboard walk presses Tab in batches and lets the page record each stop. These tests hold it to the
/// plain way (one press, then one measurement) on every keyboard fixture: same stops, same order, same
/// measurements, same ending.
/// </summary>
[TestFixture]
public sealed class KeyboardWalkTests
{
    private static readonly string[] KeyboardFixtures = ["keyboard-trap", "focus-order", "focus-visible", "focus-obscured", "skip-link", "dialog-focus", "keyboard-unfocusable-control", "keyboard-walk"];

    public static IEnumerable<string> Pages() => KeyboardFixtures
        .SelectMany(folder => Directory.GetFiles(RepoPaths.Fixture(Path.Combine("checks", folder)), "*.html").Select(file => folder + "/" + Path.GetFileName(file)))
        .Where(path => path != "keyboard-walk/inner.html")
        .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Pages))]
    public async Task BatchedWalkSeesWhatOnePressAtATimeSees(string path)
    {
        var oneByOne = await WalkAsync(path, oneKeyAtATime: true);
        var batched = await WalkAsync(path, oneKeyAtATime: false);

        Assert.Multiple(() =>
        {
            Assert.That(batched.End, Is.EqualTo(oneByOne.End), "how the walk ended");
            Assert.That(batched.Stops.Select(Describe).ToList(), Is.EqualTo(oneByOne.Stops.Select(Describe).ToList()), "stops in order, as measured");
            Assert.That(batched.Trap?.Cycle.Select(s => string.Join(" ", s.Selector)), Is.EqualTo(oneByOne.Trap?.Cycle.Select(s => string.Join(" ", s.Selector))), "trap");
            Assert.That(batched.End, Is.Not.EqualTo(WalkEnd.Failed));
        });
    }

    /// <summary>
    /// Focus crosses into a frame of another site asynchronously: a walk that looked too early saw nothing
    /// focused and ended there (about one run in four before the walk waited for it).
    /// </summary>
    [Test]
    public async Task FramesKeepTheirPlaceInTheTabOrderAndTheWalkReachesTheEnd()
    {
        var walk = await WalkAsync("keyboard-walk/frames.html", oneKeyAtATime: false);

        Assert.Multiple(() =>
        {
            Assert.That(walk.End, Is.EqualTo(WalkEnd.Wrapped));
            Assert.That(walk.Stops.Select(s => s.Selector[^1]).ToList(), Is.EqualTo(new[] { "#home", "#search", "#map", "#postcode", "#go", "#video", "#list", "#contact" }));
            Assert.That(walk.Stops.Where(s => s.Tag == "iframe").Select(s => s.Kind), Is.All.EqualTo("frame"));
            Assert.That(walk.Trap, Is.Null);
        });
    }

    private static string Describe(TabStop stop) =>
        $"{string.Join(" ", stop.Selector)} kind={stop.Kind} visible={stop.Visible} fixed={stop.Fixed} dialog={stop.InDialog} main={stop.InMain} " +
        $"box={Math.Round(stop.X)},{Math.Round(stop.Y)},{Math.Round(stop.W)}x{Math.Round(stop.H)} covered={(stop.Cover is { } c ? $"{c.Covered}/{c.Points}" : "-")} " +
        $"changes={string.Join(";", (stop.Changes ?? []).Select(c => c.Rel + " " + c.Prop))}";

    private static async Task<KeyboardWalk> WalkAsync(string path, bool oneKeyAtATime)
    {
        var url = new Uri(await CheckHarness.BaseUrlAsync(), path);
        var context = await SharedBrowser.Session.NewContextAsync(ViewportOptions.Mobile);
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(url.AbsoluteUri);
            return await KeyboardWalker.WalkAsync(page, oneKeyAtATime, CancellationToken.None);
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
