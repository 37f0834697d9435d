using System.Text.Json;
using A11yAudit.Core.Model;
using A11yAudit.Core.Results;
using A11yAudit.Tests.Reports;

namespace A11yAudit.Tests.Store;

public sealed class PageStoreTests : SpillFolderTests
{
    [Test]
    public async Task PagesComeBackExactlyAsTheyWentIn()
    {
        var pages = (await GoldenResults.ReadAsync("typical")).Pages;
        using var store = Fill(pages);

        Assert.That(store, Has.Count.EqualTo(pages.Count));
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.That(Json(store[i]), Is.EqualTo(Json(pages[i])), $"page {i} by index");
        }

        Assert.That(store.Select(Json), Is.EqualTo(pages.Select(Json)), "enumerated");
    }

    [Test]
    public async Task EnumeratesTheSameTwice()
    {
        var pages = (await GoldenResults.ReadAsync("typical")).Pages;
        using var store = Fill(pages);

        var first = store.Select(Json).ToList();
        var second = store.Select(Json).ToList();

        Assert.That(second, Is.EqualTo(first).And.EqualTo(pages.Select(Json)));
    }

    [Test]
    public void KeepsTheOrderPagesWereAddedIn()
    {
        using var store = Fill([Page("https://a.test/z", 0), Page("https://a.test/b", 2), Page("https://a.test/a", 1)]);

        Assert.That(store.Select(p => p.Url), Is.EqualTo(new[] { "https://a.test/z", "https://a.test/b", "https://a.test/a" }));
    }

    [Test]
    public void OrdersByDepthThenUrlThenViewportOnKeysAlone()
    {
        PageResult[] pages =
        [
            Page("https://a.test/b", 1, "mobile"), Page("https://a.test/a", 2), Page("https://a.test/b", 1, "desktop"),
            Page("https://a.test/c", 0), Page("https://a.test/a", 1), Page("https://a.test/b", 1, "desktop") with { Title = "second" },
        ];
        using var store = Fill(pages);

        var expected = pages.OrderBy(p => p.Depth).ThenBy(p => p.Url, StringComparer.Ordinal).ThenBy(p => p.Viewport ?? "", StringComparer.Ordinal).ToList();
        var ordered = PageLists.OrderBy(store, PageOrderKey.DepthThenUrl);

        Assert.That(ordered.Select(Json), Is.EqualTo(expected.Select(Json)), "stable, as LINQ's OrderBy");
        Assert.That(ordered[5].Url, Is.EqualTo(expected[5].Url));
        Assert.That(PageLists.Keys(ordered), Is.EqualTo(expected.Select(PageOrderKey.Of)));
        Assert.That(PageLists.OrderBy(ordered, PageOrderKey.UrlThenViewport).Select(Json),
            Is.EqualTo(expected.OrderBy(p => p.Url, StringComparer.Ordinal).ThenBy(p => p.Viewport ?? "", StringComparer.Ordinal).Select(Json)),
            "a view sorts again on keys, stably");
    }

    [Test]
    public void MapWritesANewStoreAndLeavesTheSourceAsItWas()
    {
        using var store = Fill([Page("https://a.test/a", 0), Page("https://a.test/b", 1)]);

        using var mapped = (PageStore)PageLists.Map(store, p => p with { Title = "mapped " + p.Url });

        Assert.That(mapped.Select(p => p.Title), Is.EqualTo(new[] { "mapped https://a.test/a", "mapped https://a.test/b" }));
        Assert.That(store.Select(p => p.Title), Is.EqualTo(new[] { "Title of https://a.test/a", "Title of https://a.test/b" }));
        Assert.That(mapped.SpillPath, Is.Not.EqualTo(store.SpillPath));
        Assert.That(Path.GetDirectoryName(mapped.SpillPath), Is.EqualTo(store.Directory));
    }

    [Test]
    public void MappingAnOrderedViewWritesThePagesInThatOrder()
    {
        using var store = Fill([Page("https://a.test/b", 1), Page("https://a.test/a", 0)]);

        using var mapped = (PageStore)PageLists.Map(PageLists.OrderBy(store, PageOrderKey.DepthThenUrl), p => p);

        Assert.That(mapped.Select(p => p.Url), Is.EqualTo(new[] { "https://a.test/a", "https://a.test/b" }));
    }

    [Test]
    public void PagesAddedFromSeveralThreadsAreAllThereOnce()
    {
        using var store = PageStore.Create(Folder);
        const int threads = 8;
        const int perThread = 60;

        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            for (var i = 0; i < perThread; i++)
            {
                store.Add(Page($"https://a.test/{t}/{i}", t, findings: i % 5));
            }
        });

        Assert.That(store, Has.Count.EqualTo(threads * perThread));
        var read = store.ToList();
        Assert.That(read.Select(p => p.Url), Is.Unique);
        Assert.That(read.Select(p => p.Url), Is.EquivalentTo(Enumerable.Range(0, threads).SelectMany(t => Enumerable.Range(0, perThread).Select(i => $"https://a.test/{t}/{i}"))));
        Assert.That(read.All(p => p.Findings.Count == int.Parse(p.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture) % 5), Is.True);
    }

    [Test]
    public void SpillsIntoTheFolderGiven()
    {
        using var store = PageStore.Create(Folder);

        Assert.That(Path.GetDirectoryName(store.SpillPath), Is.EqualTo(Path.GetFullPath(Folder)));
    }

    [Test]
    public void DisposeDeletesTheSpillFile()
    {
        var store = Fill([Page("https://a.test/a", 0)]);
        Assert.That(SpillFileIsOpen(store.SpillPath), Is.True, "open while the store lives");

        store.Dispose();

        Assert.Multiple(() =>
        {
            Assert.That(SpillFileIsOpen(store.SpillPath), Is.False, "gone once disposed");
            Assert.That(File.Exists(store.SpillPath), Is.False);
            Assert.That(Directory.EnumerateFileSystemEntries(Folder), Is.Empty, "nothing left in the folder");
            Assert.Throws<ObjectDisposedException>(() => _ = store[0]);
        });
    }

    [Test]
    [Platform(Include = "Linux")]
    public void TheSpillFileIsUnlinkedAtOnceSoAKilledProcessLeavesNothing()
    {
        using var store = Fill([Page("https://a.test/a", 0)]);

        Assert.That(File.Exists(store.SpillPath), Is.False);
        Assert.That(store[0].Url, Is.EqualTo("https://a.test/a"));
    }

    [Test]
    public void AnIndexOutsideTheListThrows()
    {
        using var store = Fill([Page("https://a.test/a", 0)]);

        Assert.Throws<ArgumentOutOfRangeException>(() => _ = store[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = store[-1]);
    }

    private static PageResult Page(string url, int depth, string? viewport = null, int findings = 0) =>
        TestAudits.Page(url, depth, [.. Enumerable.Range(0, findings).Select(i => TestAudits.Violation("rule-" + i, Impact.Serious, TestAudits.Node("#n" + i)))]) with { Viewport = viewport };

    private static string Json(PageResult page) => JsonSerializer.Serialize(page, ResultsJson.Compact);

    /// <summary>On Linux the spill file is unlinked at once, so only an open descriptor shows it is there.</summary>
    private static bool SpillFileIsOpen(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return File.Exists(path);
        }

        foreach (var fd in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
        {
            try
            {
                if (new FileInfo(fd).LinkTarget is { } target && target.StartsWith(path, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            catch (IOException)
            {
                // A descriptor closed while listing.
            }
        }

        return false;
    }
}
