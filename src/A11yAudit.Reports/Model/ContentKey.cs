using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace A11yAudit.Reports.Model;

/// <summary>
/// A 128-bit digest standing in for two strings when only "seen before?" matters, so sets of every distinct
/// element of a large audit need not keep the elements' HTML. Different strings collide with negligible chance.
/// </summary>
internal static class ContentKey
{
    public static UInt128 Of(string first, string second = "")
    {
        // The first string's length keeps ("ab", "c") and ("a", "bc") apart.
        var size = sizeof(int) + (first.Length + second.Length) * sizeof(char);
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var bytes = buffer.AsSpan(0, size);
            BinaryPrimitives.WriteInt32LittleEndian(bytes, first.Length);
            MemoryMarshal.AsBytes(first.AsSpan()).CopyTo(bytes[sizeof(int)..]);
            MemoryMarshal.AsBytes(second.AsSpan()).CopyTo(bytes[(sizeof(int) + first.Length * sizeof(char))..]);
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes, digest);
            return BinaryPrimitives.ReadUInt128LittleEndian(digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
