using System.Buffers.Binary;
using System.IO.Compression;

namespace ItdOrleans.Core.Tests.Data;

/// <summary>Builds IDX file contents, well-formed or not, for the reader's tests.</summary>
public static class IdxBytes
{
    /// <summary>A header of a magic number and big-endian sizes.</summary>
    public static byte[] Header(int magic, params int[] sizes)
    {
        var header = new byte[4 + 4 * sizes.Length];
        BinaryPrimitives.WriteInt32BigEndian(header, magic);
        for (var i = 0; i < sizes.Length; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4 + 4 * i), sizes[i]);
        }

        return header;
    }

    /// <summary>Pixels of count images that differ from image to image, about half of them zero.</summary>
    public static byte[] Pixels(int count, int rows, int columns) =>
        Enumerable.Range(0, count * rows * columns).Select(i => (byte)(i % 3 == 0 ? 0 : (i * 7) % 256)).ToArray();

    /// <summary>A well-formed images file.</summary>
    public static byte[] Images(int count, int rows = 4, int columns = 3) =>
        [.. Header(0x0803, count, rows, columns), .. Pixels(count, rows, columns)];

    /// <summary>A well-formed labels file with labels cycling through the ten classes.</summary>
    public static byte[] Labels(int count) =>
        [.. Header(0x0801, count), .. Enumerable.Range(0, count).Select(i => (byte)(i % 10))];

    /// <summary>The gzip compression of some bytes.</summary>
    public static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }
}
