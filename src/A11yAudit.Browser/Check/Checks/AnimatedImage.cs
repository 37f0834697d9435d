using System.Buffers.Binary;
using System.Text;

namespace A11yAudit.Browser.Check.Checks;

/// <summary>
/// Frame count and play time of a GIF, APNG or WebP file, read from its container structure (no pixel
/// decoding): GIF image descriptors and graphic control extensions (NETSCAPE2.0 loop count), PNG acTL/fcTL
/// chunks, WebP VP8X/ANIM/ANMF chunks.
/// </summary>
internal sealed record AnimatedImage(string Format, int Frames, double LoopMilliseconds, double Plays)
{
    /// <summary>
    /// Browsers show frames with a delay of 10 ms or less for 100 ms (Chromium and Firefox both do, because
    /// many files say 0 to mean "as fast as possible").
    /// </summary>
    private const double MinimumFrameMilliseconds = 100;

    public bool IsAnimated => Frames > 1;

    /// <summary>How long the animation runs before it stops; infinity when it loops forever.</summary>
    public double TotalMilliseconds => !IsAnimated ? 0 : double.IsPositiveInfinity(Plays) ? double.PositiveInfinity : LoopMilliseconds * Plays;

    public static AnimatedImage? Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 13 && bytes[..3].SequenceEqual("GIF"u8))
        {
            return ParseGif(bytes);
        }

        if (bytes.Length >= 8 && bytes[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return ParsePng(bytes);
        }

        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return ParseWebP(bytes);
        }

        return null;
    }

    private static double FrameDuration(double milliseconds) => milliseconds <= 10 ? MinimumFrameMilliseconds : milliseconds;

    private static AnimatedImage ParseGif(ReadOnlySpan<byte> b)
    {
        var p = 13;
        if ((b[10] & 0x80) != 0)
        {
            p += 3 * (1 << ((b[10] & 7) + 1));
        }

        var frames = 0;
        var loop = 0d;
        var plays = 1d;
        var pendingDelay = 0d;
        while (p < b.Length)
        {
            var block = b[p++];
            if (block == 0x21 && p < b.Length)
            {
                var label = b[p++];
                if (label == 0xF9 && p + 3 < b.Length && b[p] >= 4)
                {
                    pendingDelay = (b[p + 2] | (b[p + 3] << 8)) * 10;
                }
                else if (label == 0xFF && p + 16 < b.Length && b[p] == 11 && Encoding.ASCII.GetString(b.Slice(p + 1, 11)) is "NETSCAPE2.0" or "ANIMEXTS1.0" && b[p + 12] >= 3 && b[p + 13] == 1)
                {
                    var count = b[p + 14] | (b[p + 15] << 8);
                    // 0 loops forever; otherwise browsers play once and then repeat the loop count.
                    plays = count == 0 ? double.PositiveInfinity : count + 1;
                }

                p = SkipSubBlocks(b, p);
            }
            else if (block == 0x2C && p + 9 <= b.Length)
            {
                frames++;
                loop += FrameDuration(pendingDelay);
                pendingDelay = 0;
                var flags = b[p + 8];
                p += 9;
                if ((flags & 0x80) != 0)
                {
                    p += 3 * (1 << ((flags & 7) + 1));
                }

                p = SkipSubBlocks(b, p + 1);
            }
            else
            {
                break;
            }
        }

        return new AnimatedImage("GIF", frames, loop, plays);
    }

    private static int SkipSubBlocks(ReadOnlySpan<byte> b, int p)
    {
        while (p < b.Length && b[p] != 0)
        {
            p += b[p] + 1;
        }

        return p + 1;
    }

    private static AnimatedImage ParsePng(ReadOnlySpan<byte> b)
    {
        var p = 8;
        var frames = 1;
        var plays = 1d;
        var loop = 0d;
        var animated = false;
        while (p + 8 <= b.Length)
        {
            var length = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(b[p..]), int.MaxValue - 16);
            var type = Encoding.ASCII.GetString(b.Slice(p + 4, 4));
            var data = p + 8;
            if (type == "acTL" && data + 8 <= b.Length)
            {
                animated = true;
                frames = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(b[data..]), int.MaxValue);
                var count = BinaryPrimitives.ReadUInt32BigEndian(b[(data + 4)..]);
                plays = count == 0 ? double.PositiveInfinity : count;
            }
            else if (type == "fcTL" && data + 26 <= b.Length)
            {
                var numerator = BinaryPrimitives.ReadUInt16BigEndian(b[(data + 20)..]);
                var denominator = BinaryPrimitives.ReadUInt16BigEndian(b[(data + 22)..]);
                loop += FrameDuration(numerator * 1000d / (denominator == 0 ? 100 : denominator));
            }
            else if (type == "IEND")
            {
                break;
            }

            p = data + length + 4;
        }

        return animated ? new AnimatedImage("APNG", frames, loop, plays) : new AnimatedImage("PNG", 1, 0, 1);
    }

    private static AnimatedImage ParseWebP(ReadOnlySpan<byte> b)
    {
        var p = 12;
        var frames = 0;
        var plays = 1d;
        var loop = 0d;
        while (p + 8 <= b.Length)
        {
            var type = Encoding.ASCII.GetString(b.Slice(p, 4));
            var length = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(b[(p + 4)..]), int.MaxValue - 16);
            var data = p + 8;
            if (type == "ANIM" && data + 6 <= b.Length)
            {
                var count = BinaryPrimitives.ReadUInt16LittleEndian(b[(data + 4)..]);
                plays = count == 0 ? double.PositiveInfinity : count;
            }
            else if (type == "ANMF" && data + 15 <= b.Length)
            {
                frames++;
                loop += FrameDuration(b[data + 12] | (b[data + 13] << 8) | (b[data + 14] << 16));
            }

            p = data + length + (length & 1);
        }

        return new AnimatedImage("WebP", Math.Max(frames, 1), loop, plays);
    }
}
