using System.Buffers;
using System.Collections;
using System.Text.Json;
using A11yAudit.Core.Model;
using Microsoft.Win32.SafeHandles;

namespace A11yAudit.Core.Results;

/// <summary>
/// Pages kept on disk instead of in memory, so that an audit of thousands of pages holds only a small key
/// per page (<see cref="PageOrderKey"/>, file offset and length). Each page is written once, as compact JSON,
/// to a spill file and read back whenever it is asked for. Like a list, it keeps the order pages were added
/// in; <see cref="OrderBy"/> sorts on the keys alone. Pages may be added from several crawl workers at once.
/// </summary>
/// <remarks>The spill file (<see cref="SpillFile"/>) goes when the store is disposed and never outlives the process.</remarks>
public sealed class PageStore : IReadOnlyList<PageResult>, IKeyedPages, IDisposable
{
    private readonly SafeFileHandle _file;
    private readonly Lock _gate = new();
    private readonly List<SpilledPage> _pages = [];
    private long _length;

    private PageStore(string directory)
    {
        Directory = Path.GetFullPath(directory);
        (_file, SpillPath) = SpillFile.Create(Directory);
    }

    /// <summary>The folder the spill file is in; stores made by <see cref="Map"/> spill there too.</summary>
    public string Directory { get; }

    /// <summary>The spill file (on Linux and macOS already unlinked: it lives on only through this store's handle).</summary>
    public string SpillPath { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _pages.Count;
            }
        }
    }

    public PageResult this[int index]
    {
        get
        {
            SpilledPage page;
            lock (_gate)
            {
                page = _pages[index];
            }

            return Read(page);
        }
    }

    /// <summary>A store spilling to <paramref name="directory"/> (default: the system's temporary folder).</summary>
    /// <remarks>Prefer the audit's output folder: a temporary folder in memory (tmpfs) would defeat the purpose.</remarks>
    public static PageStore Create(string? directory = null) => new(directory ?? Path.GetTempPath());

    /// <summary>Writes the page to the spill file; only its key stays in memory.</summary>
    public void Add(PageResult page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var json = JsonSerializer.SerializeToUtf8Bytes(page, ResultsJson.Compact);
        lock (_gate)
        {
            RandomAccess.Write(_file, json, _length);
            _pages.Add(new SpilledPage(_length, json.Length, PageOrderKey.Of(page)));
            _length += json.Length;
        }
    }

    /// <summary>A new store (in the same folder) with every page transformed, read and written one page at a time.</summary>
    public PageStore Map(Func<PageResult, PageResult> transform)
    {
        ArgumentNullException.ThrowIfNull(transform);
        return MapInto(Snapshot(), transform);
    }

    private PageStore MapInto(SpilledPage[] pages, Func<PageResult, PageResult> transform)
    {
        var mapped = new PageStore(Directory);
        try
        {
            foreach (var page in ReadAll(pages))
            {
                mapped.Add(transform(page));
            }
        }
        catch
        {
            mapped.Dispose();
            throw;
        }

        return mapped;
    }

    public IReadOnlyList<PageOrderKey> Keys => Snapshot().Select(p => p.Key).ToList();

    /// <summary>The same pages in another order, sorted on their keys (stable, as LINQ's OrderBy); nothing is read.</summary>
    public IReadOnlyList<PageResult> OrderBy(IComparer<PageOrderKey> order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new View(this, [.. Snapshot().OrderBy(p => p.Key, order)]);
    }

    /// <summary>Reads the pages one at a time, as they were when enumeration began.</summary>
    public IEnumerator<PageResult> GetEnumerator() => ReadAll(Snapshot()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose() => _file.Dispose();

    private SpilledPage[] Snapshot()
    {
        lock (_gate)
        {
            return [.. _pages];
        }
    }

    private PageResult Read(SpilledPage page)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(page.Length);
        try
        {
            return Read(page, buffer);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>One read per page into a reused buffer: in file order the reads are sequential, which the system reads ahead.</summary>
    private IEnumerable<PageResult> ReadAll(SpilledPage[] pages)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            foreach (var page in pages)
            {
                if (buffer.Length < page.Length)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent(page.Length);
                }

                yield return Read(page, buffer);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private PageResult Read(SpilledPage page, byte[] buffer)
    {
        var json = buffer.AsSpan(0, page.Length);
        for (var done = 0; done < json.Length;)
        {
            var read = RandomAccess.Read(_file, json[done..], page.Offset + done);
            done += read > 0 ? read : throw new EndOfStreamException($"The page spill file {SpillPath} was cut short.");
        }

        return JsonSerializer.Deserialize<PageResult>(json, ResultsJson.Compact)
            ?? throw new InvalidDataException($"The page spill file {SpillPath} holds an empty page.");
    }

    /// <summary>Where one page is in the spill file, and its key.</summary>
    private readonly record struct SpilledPage(long Offset, int Length, PageOrderKey Key);

    /// <summary>The store's pages in another order; shares the store's file, so it lives as long as the store.</summary>
    private sealed class View(PageStore store, SpilledPage[] pages) : IReadOnlyList<PageResult>, IKeyedPages
    {
        public int Count => pages.Length;

        public PageResult this[int index] => store.Read(pages[index]);

        public IReadOnlyList<PageOrderKey> Keys => pages.Select(p => p.Key).ToList();

        public IReadOnlyList<PageResult> OrderBy(IComparer<PageOrderKey> order) => new View(store, [.. pages.OrderBy(p => p.Key, order)]);

        public PageStore Map(Func<PageResult, PageResult> transform)
        {
            ArgumentNullException.ThrowIfNull(transform);
            return store.MapInto(pages, transform);
        }

        public IEnumerator<PageResult> GetEnumerator() => store.ReadAll(pages).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
