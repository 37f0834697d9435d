using System.Buffers.Binary;
using A11yAudit.Browser.Check.Checks;

namespace A11yAudit.Tests.Checks;

public sealed class AnimatedImageTests
{
    [Test]
    public void GifWithNetscapeLoopZeroPlaysForever()
    {
        var info = AnimatedImage.Parse(Gif(frames: 3, delayCentiseconds: 50, loopCount: 0))!;
        Assert.Multiple(() =>
        {
            Assert.That(info.Format, Is.EqualTo("GIF"));
            Assert.That(info.Frames, Is.EqualTo(3));
            Assert.That(info.LoopMilliseconds, Is.EqualTo(1500));
            Assert.That(info.TotalMilliseconds, Is.EqualTo(double.PositiveInfinity));
        });
    }

    [Test]
    public void GifWithoutLoopExtensionPlaysOnce() =>
        Assert.That(AnimatedImage.Parse(Gif(frames: 4, delayCentiseconds: 100, loopCount: null))!.TotalMilliseconds, Is.EqualTo(4000));

    [Test]
    public void GifLoopCountRepeatsAfterTheFirstPlay() =>
        Assert.That(AnimatedImage.Parse(Gif(frames: 2, delayCentiseconds: 100, loopCount: 2))!.TotalMilliseconds, Is.EqualTo(6000));

    [Test]
    public void ZeroDelayFramesShowForATenthOfASecondLikeInBrowsers() =>
        Assert.That(AnimatedImage.Parse(Gif(frames: 5, delayCentiseconds: 0, loopCount: null))!.LoopMilliseconds, Is.EqualTo(500));

    [Test]
    public void SingleFrameGifIsStill() =>
        Assert.That(AnimatedImage.Parse(Gif(frames: 1, delayCentiseconds: 0, loopCount: 0))!.IsAnimated, Is.False);

    [Test]
    public void ApngReadsFramesPlaysAndDelays()
    {
        var info = AnimatedImage.Parse(Apng(frames: 3, plays: 2, delayNumerator: 1, delayDenominator: 4))!;
        Assert.Multiple(() =>
        {
            Assert.That(info.Format, Is.EqualTo("APNG"));
            Assert.That(info.Frames, Is.EqualTo(3));
            Assert.That(info.LoopMilliseconds, Is.EqualTo(750));
            Assert.That(info.TotalMilliseconds, Is.EqualTo(1500));
        });
    }

    [Test]
    public void PlainPngIsStill() => Assert.That(AnimatedImage.Parse(Apng(frames: 0, plays: 0, 0, 0, animated: false))!.IsAnimated, Is.False);

    [Test]
    public void AnimatedWebPReadsFrameDurationsAndLoopCount()
    {
        var info = AnimatedImage.Parse(WebP(frameMilliseconds: [200, 300], loopCount: 0))!;
        Assert.Multiple(() =>
        {
            Assert.That(info.Format, Is.EqualTo("WebP"));
            Assert.That(info.Frames, Is.EqualTo(2));
            Assert.That(info.LoopMilliseconds, Is.EqualTo(500));
            Assert.That(double.IsPositiveInfinity(info.Plays), Is.True);
        });
    }

    [Test]
    public void OtherFormatsAreNotRead() => Assert.That(AnimatedImage.Parse("<svg></svg>"u8), Is.Null);

    private static byte[] Gif(int frames, int delayCentiseconds, int? loopCount)
    {
        var b = new List<byte>();
        b.AddRange("GIF89a"u8.ToArray());
        b.AddRange([1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF]);
        if (loopCount is { } n)
        {
            b.AddRange([0x21, 0xFF, 11]);
            b.AddRange("NETSCAPE2.0"u8.ToArray());
            b.AddRange([3, 1, (byte)(n & 0xFF), (byte)(n >> 8), 0]);
        }

        for (var i = 0; i < frames; i++)
        {
            b.AddRange([0x21, 0xF9, 4, 0, (byte)(delayCentiseconds & 0xFF), (byte)(delayCentiseconds >> 8), 0, 0]);
            b.AddRange([0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0]);
        }

        b.Add(0x3B);
        return [.. b];
    }

    private static byte[] Apng(int frames, int plays, int delayNumerator, int delayDenominator, bool animated = true)
    {
        var b = new List<byte>([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(b, "IHDR", new byte[13]);
        if (animated)
        {
            var actl = new byte[8];
            BinaryPrimitives.WriteUInt32BigEndian(actl, (uint)frames);
            BinaryPrimitives.WriteUInt32BigEndian(actl.AsSpan(4), (uint)plays);
            Chunk(b, "acTL", actl);
            for (var i = 0; i < frames; i++)
            {
                var fctl = new byte[26];
                BinaryPrimitives.WriteUInt16BigEndian(fctl.AsSpan(20), (ushort)delayNumerator);
                BinaryPrimitives.WriteUInt16BigEndian(fctl.AsSpan(22), (ushort)delayDenominator);
                Chunk(b, "fcTL", fctl);
                Chunk(b, i == 0 ? "IDAT" : "fdAT", new byte[5]);
            }
        }
        else
        {
            Chunk(b, "IDAT", new byte[5]);
        }

        Chunk(b, "IEND", []);
        return [.. b];

        static void Chunk(List<byte> to, string type, byte[] data)
        {
            var length = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
            to.AddRange(length);
            to.AddRange(System.Text.Encoding.ASCII.GetBytes(type));
            to.AddRange(data);
            to.AddRange(new byte[4]);
        }
    }

    private static byte[] WebP(int[] frameMilliseconds, int loopCount)
    {
        var body = new List<byte>("WEBP"u8.ToArray());
        Chunk(body, "VP8X", [0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        Chunk(body, "ANIM", [0, 0, 0, 0, (byte)(loopCount & 0xFF), (byte)(loopCount >> 8)]);
        foreach (var ms in frameMilliseconds)
        {
            var frame = new byte[17];
            frame[12] = (byte)(ms & 0xFF);
            frame[13] = (byte)((ms >> 8) & 0xFF);
            frame[14] = (byte)(ms >> 16);
            Chunk(body, "ANMF", frame);
        }

        var size = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)body.Count);
        return [.. "RIFF"u8.ToArray(), .. size, .. body];

        static void Chunk(List<byte> to, string type, byte[] data)
        {
            var length = new byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)data.Length);
            to.AddRange(System.Text.Encoding.ASCII.GetBytes(type));
            to.AddRange(length);
            to.AddRange(data);
            if (data.Length % 2 == 1)
            {
                to.Add(0);
            }
        }
    }
}
