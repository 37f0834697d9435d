using System.Text.Json;
using A11yAudit.Browser.Check.Axe;

namespace A11yAudit.Tests.Axe;

public sealed class SharedRegionCacheTests
{
    private static JsonElement Scan(IEnumerable<string> learned, params string[] reused) =>
        JsonDocument.Parse(JsonSerializer.Serialize(new { violations = Array.Empty<object>(), learned, reused })).RootElement;

    private static string Entry(string key, int padding = 0) =>
        JsonSerializer.Serialize(new { key, rules = new { }, pad = new string('x', padding) });

    [Test]
    public void LearnedRegionsAreKnownByKeyAndReuseIsCounted()
    {
        var cache = new SharedRegionCache();
        cache.Record(Scan([Entry("header"), Entry("footer")]));
        cache.Record(Scan([], "header", "footer"));
        cache.Record(Scan([], "footer"));

        Assert.Multiple(() =>
        {
            Assert.That(cache.Snapshot().Keys, Is.EquivalentTo(new[] { "header", "footer" }));
            Assert.That(cache.Snapshot()["header"], Is.EqualTo(Entry("header")), "handed back to the page as it came");
            Assert.That(cache.Reused, Is.EqualTo(3));
        });
    }

    [Test]
    public void TheFirstEntryForAKeyStays()
    {
        var cache = new SharedRegionCache();
        cache.Record(Scan([Entry("header", 1)]));
        cache.Record(Scan([Entry("header", 2)]));

        Assert.That(cache.Snapshot()["header"], Is.EqualTo(Entry("header", 1)));
    }

    [Test]
    public void TheCacheStaysSmall()
    {
        var many = new SharedRegionCache();
        many.Record(Scan(Enumerable.Range(0, SharedRegionCache.MaxEntries + 10).Select(i => Entry($"k{i}"))));
        var huge = new SharedRegionCache();
        huge.Record(Scan([Entry("huge", SharedRegionCache.MaxEntryLength), Entry("small")]));

        Assert.Multiple(() =>
        {
            Assert.That(many.Count, Is.EqualTo(SharedRegionCache.MaxEntries));
            Assert.That(huge.Snapshot().Keys, Is.EquivalentTo(new[] { "small" }), "a region with very many results is checked on every page");
        });
    }

    [Test]
    public void AScanThatFellBackIsCountedWithItsFirstError()
    {
        var cache = new SharedRegionCache();
        cache.Record(JsonDocument.Parse("{\"learned\":[],\"reused\":[],\"sharedError\":\"first\"}").RootElement);
        cache.Record(JsonDocument.Parse("{\"learned\":[],\"reused\":[],\"sharedError\":\"second\"}").RootElement);

        Assert.That(cache.FellBack, Is.EqualTo((2, "first")));
    }

    [Test]
    public void ScansWithoutRegionFieldsChangeNothing()
    {
        var cache = new SharedRegionCache();
        cache.Record(JsonDocument.Parse("{\"violations\":[]}").RootElement);

        Assert.Multiple(() =>
        {
            Assert.That(cache.Count, Is.Zero);
            Assert.That(cache.Reused, Is.Zero);
        });
    }
}
