using System.Collections;
using A11yAudit.Core.Model;
using A11yAudit.Core.Results;
using A11yAudit.Tests.Reports;

namespace A11yAudit.Tests.Store;

public sealed class ResultsFileStreamingTests
{
    [Test]
    public async Task PagesAreWrittenOutWhileTheyAreStillBeingRead()
    {
        using var file = new CountingStream();
        var pages = new WatchedPages(2_000, file);

        await ResultsFile.WriteAsync(TestAudits.Results() with { Pages = pages }, file);

        // Most of the file was out when the last page was handed over: the serializer did not wait for the whole list.
        Assert.That(file.Written, Is.GreaterThan(2_000 * 1_000));
        Assert.That(pages.WrittenWhenLastPageWasRead, Is.GreaterThan(file.Written * 0.9));
    }

    /// <summary>Pages made on demand, noting how much of the file was written when the last one was read.</summary>
    private sealed class WatchedPages(int count, CountingStream file) : IReadOnlyList<PageResult>
    {
        public long WrittenWhenLastPageWasRead { get; private set; }

        public int Count => count;

        public PageResult this[int index] => Make(index);

        public IEnumerator<PageResult> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                if (i == count - 1)
                {
                    WrittenWhenLastPageWasRead = file.Written;
                }

                yield return Make(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private static PageResult Make(int i) =>
            TestAudits.Page($"https://example.test/{i}", 1, TestAudits.Violation("image-alt", Impact.Critical, TestAudits.Node("img", $"<img src=\"{new string('x', 1_000)}\">")));
    }

    /// <summary>A file that only counts what is written to it.</summary>
    private sealed class CountingStream : Stream
    {
        public long Written { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Written;

        public override long Position { get => Written; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Written += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Written += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
