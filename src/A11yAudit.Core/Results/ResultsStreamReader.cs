using System.Text.Json;
using A11yAudit.Core.Model;

namespace A11yAudit.Core.Results;

/// <summary>
/// Reads results.json with its pages going straight into a <see cref="PageStore"/>, one at a time, so reading
/// a 5,000-page audit costs a buffer the size of its largest page. Everything but the pages (target, rules,
/// assessment, ...) is gathered as JSON with an empty page array, in a scratch file beside the store (the
/// assessment alone can be tens of megabytes), and read from there with the usual settings.
/// </summary>
internal sealed class ResultsStreamReader : IAsyncDisposable
{
    private const int InitialBuffer = 1 << 16;

    private readonly PageStore _pages;
    private readonly FileStream _rest;
    private byte[] _buffer = new byte[InitialBuffer];
    private int _filled;
    private long _bufferStart;
    private long _copyFrom;
    private JsonReaderState _state;
    private bool _atPagesProperty;
    private bool _inPages;

    private ResultsStreamReader(PageStore pages)
    {
        _pages = pages;
        _rest = new FileStream(SpillFile.Create(pages.Directory).Handle, FileAccess.ReadWrite, InitialBuffer);
    }

    /// <exception cref="JsonException">The stream is not JSON, or a page is not a page.</exception>
    public static async Task<AuditResults> ReadAsync(Stream stream, PageStore pages, CancellationToken cancellationToken)
    {
        var reader = new ResultsStreamReader(pages);
        await using var disposeReader = reader.ConfigureAwait(false);
        var final = false;
        while (!final && reader._filled < 3)
        {
            final = !await reader.FillAsync(stream, cancellationToken).ConfigureAwait(false);
        }

        reader.SkipByteOrderMark();
        reader.Parse(final);
        while (!final)
        {
            final = !await reader.FillAsync(stream, cancellationToken).ConfigureAwait(false);
            reader.Parse(final);
        }

        reader.CopyRest(reader._bufferStart + reader._filled);
        reader._rest.Position = 0;
        var results = await JsonSerializer.DeserializeAsync<AuditResults>(reader._rest, ResultsJson.Options, cancellationToken).ConfigureAwait(false)
            ?? throw new JsonException("The file holds no results.");
        return results with { Pages = pages };
    }

    public ValueTask DisposeAsync() => _rest.DisposeAsync();

    /// <summary>Keeps the bytes not yet parsed, grows the buffer when they fill it, and reads more; false at the end.</summary>
    private async Task<bool> FillAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (_filled == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_filled), cancellationToken).ConfigureAwait(false);
        _filled += read;
        return read > 0;
    }

    /// <summary>A byte-order mark, as an editor may add, is not JSON.</summary>
    private void SkipByteOrderMark()
    {
        if (_buffer.AsSpan(0, _filled).StartsWith("\uFEFF"u8))
        {
            _copyFrom = 3;
            Drop(3);
        }
    }

    /// <summary>Reads every complete token in the buffer, then drops what is done with.</summary>
    private void Parse(bool final)
    {
        var json = new Utf8JsonReader(_buffer.AsSpan(0, _filled), final, _state);
        var state = _state;
        var consumed = 0;
        while (json.Read())
        {
            if (_inPages && json.CurrentDepth == 2)
            {
                var start = (int)json.TokenStartIndex;
                if (json.TokenType != JsonTokenType.StartObject)
                {
                    throw new JsonException("A page is not an object.");
                }

                if (!json.TrySkip())
                {
                    // The page is not all in the buffer yet: it is read again from its start once there is more.
                    break;
                }

                _pages.Add(JsonSerializer.Deserialize<PageResult>(_buffer.AsSpan(start, (int)json.BytesConsumed - start), ResultsJson.Options)!);
            }
            else
            {
                Track(ref json);
            }

            state = json.CurrentState;
            consumed = (int)json.BytesConsumed;
        }

        if (final && _inPages)
        {
            throw new JsonException("The pages array is not closed.");
        }

        _state = state;
        Drop(consumed);
    }

    /// <summary>Notices the top-level "pages" array: its opening bracket is copied, its elements are not.</summary>
    private void Track(ref Utf8JsonReader json)
    {
        if (json.TokenType == JsonTokenType.PropertyName && json.CurrentDepth == 1)
        {
            _atPagesProperty = string.Equals(json.GetString(), "pages", StringComparison.OrdinalIgnoreCase);
        }
        else if (_atPagesProperty && json.TokenType == JsonTokenType.StartArray)
        {
            CopyRest(_bufferStart + json.BytesConsumed);
            _inPages = true;
            _atPagesProperty = false;
        }
        else if (_inPages && json.TokenType == JsonTokenType.EndArray && json.CurrentDepth == 1)
        {
            _inPages = false;
            _copyFrom = _bufferStart + json.TokenStartIndex;
        }
        else
        {
            _atPagesProperty = false;
        }
    }

    private void Drop(int consumed)
    {
        if (!_inPages)
        {
            CopyRest(_bufferStart + consumed);
        }

        _buffer.AsSpan(consumed, _filled - consumed).CopyTo(_buffer);
        _filled -= consumed;
        _bufferStart += consumed;
    }

    /// <summary>Copies what is outside the page array, up to <paramref name="end"/> (a position in the stream).</summary>
    private void CopyRest(long end)
    {
        if (end > _copyFrom)
        {
            _rest.Write(_buffer, (int)(_copyFrom - _bufferStart), (int)(end - _copyFrom));
            _copyFrom = end;
        }
    }
}
