using System.Buffers.Binary;
using System.IO.Compression;

namespace ItdOrleans.Core.Data;

/// <summary>Reads IDX image and label files, raw or gzip-compressed, and rejects any that are malformed.</summary>
public static class IdxReader
{
    /// <summary>Magic number of an IDX file of unsigned-byte images (three dimensions).</summary>
    public const int ImagesMagic = 0x0803;

    /// <summary>Magic number of an IDX file of unsigned-byte labels (one dimension).</summary>
    public const int LabelsMagic = 0x0801;

    /// <summary>Number of classes a label may name.</summary>
    public const int ClassCount = 10;

    private const int GzipTrailerLength = 8;

    // Deflate cannot expand data more than about 1032 times, so a larger trailer length is not believed.
    private const long MaxDeflateRatio = 1032;

    /// <summary>Reads an images file (magic 2051).</summary>
    public static IdxImages ReadImages(string path) => ParseImages(path, ReadContent(path));

    /// <summary>Reads a labels file (magic 2049) whose labels are all below 10.</summary>
    public static byte[] ReadLabels(string path) => ParseLabels(path, ReadContent(path));

    /// <summary>Reads an images file and its labels file into an image set.</summary>
    public static ImageSet ReadImageSet(string imagesPath, string labelsPath)
    {
        var images = ReadImages(imagesPath);
        var labels = ReadLabels(labelsPath);
        return ToImageSet(imagesPath, images, labelsPath, labels);
    }

    /// <summary>Pairs parsed images with their labels, which must be as many.</summary>
    internal static ImageSet ToImageSet(string imagesPath, IdxImages images, string labelsPath, byte[] labels)
    {
        if (images.Count != labels.Length)
        {
            throw new DatasetFileException(
                imagesPath,
                $"holds {images.Count} images but its labels file {labelsPath} holds {labels.Length} labels");
        }

        return ImageSet.FromPixels(images.Pixels, images.Features, labels);
    }

    /// <summary>The file's bytes, decompressed when they start with the gzip magic bytes.</summary>
    internal static byte[] ReadContent(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DatasetFileException(path, $"cannot be read: {e.Message}", e);
        }

        return IsGzip(bytes) ? Decompress(path, bytes) : bytes;
    }

    /// <summary>Whether bytes start with the gzip magic bytes 1f 8b.</summary>
    internal static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;

    /// <summary>Parses the content of an images file.</summary>
    internal static IdxImages ParseImages(string path, byte[] content)
    {
        var sizes = ParseHeader(path, content, ImagesMagic, "images", dimensions: 3);
        var (count, rows, columns) = (sizes[0], sizes[1], sizes[2]);
        if ((long)rows * columns > ushort.MaxValue + 1)
        {
            throw new DatasetFileException(path, $"images of {rows} x {columns} pixels are too large");
        }

        var header = HeaderLength(3);
        CheckDataLength(path, content, header, (long)count * rows * columns, $"{count} images of {rows} x {columns}");
        return new IdxImages(count, rows, columns, content[header..]);
    }

    /// <summary>Parses the content of a labels file.</summary>
    internal static byte[] ParseLabels(string path, byte[] content)
    {
        var count = ParseHeader(path, content, LabelsMagic, "labels", dimensions: 1)[0];
        var header = HeaderLength(1);
        CheckDataLength(path, content, header, count, $"{count} labels");

        var labels = content[header..];
        var outOfRange = Array.FindIndex(labels, label => label >= ClassCount);
        if (outOfRange >= 0)
        {
            throw new DatasetFileException(
                path,
                $"label {labels[outOfRange]} at index {outOfRange} is not a class from 0 to {ClassCount - 1}");
        }

        return labels;
    }

    private static int HeaderLength(int dimensions) => 4 + 4 * dimensions;

    private static int[] ParseHeader(string path, byte[] content, int magic, string kind, int dimensions)
    {
        if (content.Length == 0)
        {
            throw new DatasetFileException(path, $"is empty, expected an IDX {kind} file");
        }

        if (content.Length < 4)
        {
            throw new DatasetFileException(path, $"{content.Length} bytes are too short for an IDX header");
        }

        var found = BinaryPrimitives.ReadInt32BigEndian(content);
        if (found != magic)
        {
            throw new DatasetFileException(path, DescribeWrongMagic(found, magic, kind));
        }

        if (content.Length < HeaderLength(dimensions))
        {
            throw new DatasetFileException(
                path,
                $"is truncated: {content.Length} bytes end inside the {HeaderLength(dimensions)}-byte header");
        }

        var sizes = new int[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            sizes[i] = BinaryPrimitives.ReadInt32BigEndian(content.AsSpan(4 + 4 * i));
            if (sizes[i] <= 0)
            {
                throw new DatasetFileException(path, $"dimension {i} has size {sizes[i]}, expected a positive size");
            }
        }

        return sizes;
    }

    private static string DescribeWrongMagic(int found, int magic, string kind)
    {
        var expected = $"expected {magic} ({kind}, {magic & 0xff} dimensions of unsigned bytes)";
        if (found == ImagesMagic || found == LabelsMagic)
        {
            var other = found == ImagesMagic ? "images" : "labels";
            return $"magic number {found} marks an IDX {other} file, {expected}";
        }

        if ((found & 0xffff00) == 0x000800 && (found >> 24) == 0)
        {
            return $"magic number {found} has {found & 0xff} dimensions, {expected}";
        }

        return (found >> 16) == 0
            ? $"magic number 0x{found:x8} is not of unsigned bytes, {expected}"
            : $"is not an IDX file: it starts with 0x{found:x8}, {expected}";
    }

    private static void CheckDataLength(string path, byte[] content, int header, long expected, string declared)
    {
        var actual = content.Length - header;
        if (actual < expected)
        {
            throw new DatasetFileException(
                path,
                $"is truncated: the header declares {declared} ({expected} bytes) but only {actual} bytes follow");
        }

        if (actual > expected)
        {
            throw new DatasetFileException(
                path,
                $"has {actual - expected} bytes after the {declared} ({expected} bytes) its header declares");
        }
    }

    private static byte[] Decompress(string path, byte[] compressed)
    {
        if (compressed.Length < 10 + GzipTrailerLength)
        {
            throw new DatasetFileException(path, $"{compressed.Length} bytes are too short for gzip data");
        }

        // The trailer's length is checked because GZipStream ends quietly on truncated input.
        var declared = BinaryPrimitives.ReadUInt32LittleEndian(compressed.AsSpan(^4));
        var capacity = Math.Min(Math.Min(declared, MaxDeflateRatio * compressed.Length), Array.MaxLength);
        using var output = new MemoryStream((int)capacity);
        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            gzip.CopyTo(output);
        }
        catch (InvalidDataException e)
        {
            throw new DatasetFileException(path, $"holds corrupt gzip data: {e.Message}", e);
        }

        if ((uint)output.Length != declared)
        {
            throw new DatasetFileException(
                path,
                $"holds truncated or corrupt gzip data: its trailer declares {declared} bytes, "
                + $"{output.Length} were decompressed");
        }

        return output.ToArray();
    }
}
