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

    // Bytes read at first when the length to expect is not known, and the least an array grows by.
    private const int ReadChunk = 1 << 16;

    /// <summary>
    /// The most bytes an IDX file may hold once decompressed: 256 MiB, over five times the 47 MB of
    /// 60,000 images of 28 x 28 pixels, the largest file of either dataset.
    /// </summary>
    public const long MaxContentLength = 256L * 1024 * 1024;

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
    internal static byte[] ReadContent(string path) => ReadContent(path, MaxContentLength);

    /// <summary>The file's bytes, decompressed when gzip, refused past <paramref name="maxLength"/> bytes.</summary>
    internal static byte[] ReadContent(string path, long maxLength)
    {
        if (RegularFile.Problem(path) is { } problem)
        {
            throw new DatasetFileException(path, problem);
        }

        try
        {
            using var file = new FileStream(
                path, FileMode.Open, FileAccess.Read, FileShare.Read, ReadChunk, FileOptions.SequentialScan);
            if (file.Length > maxLength)
            {
                throw new DatasetFileException(
                    path, $"is {Bytes(file.Length)} long, more than the {Bytes(maxLength)} an IDX file may have here");
            }

            var content = new byte[file.Length];
            file.ReadExactly(content);
            return IsGzip(content) ? Decompress(path, content, maxLength) : content;
        }
        catch (Exception e) when (e is (IOException or UnauthorizedAccessException) and not DatasetFileException)
        {
            throw new DatasetFileException(path, $"cannot be read: {e.Message}", e);
        }
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

    private static byte[] Decompress(string path, byte[] compressed, long maxLength)
    {
        if (compressed.Length < 10 + GzipTrailerLength)
        {
            throw new DatasetFileException(path, $"{compressed.Length} bytes are too short for gzip data");
        }

        // The trailer's length is checked because GZipStream ends quietly on truncated input.
        var declared = BinaryPrimitives.ReadUInt32LittleEndian(compressed.AsSpan(^4));
        byte[] content;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            content = ReadBounded(path, gzip, Math.Min(declared, ReadChunk), maxLength);
        }
        catch (InvalidDataException e)
        {
            throw new DatasetFileException(path, $"holds corrupt gzip data: {e.Message}", e);
        }

        if ((uint)content.Length != declared)
        {
            throw new DatasetFileException(
                path,
                $"holds truncated or corrupt gzip data: its trailer declares {declared} bytes, "
                + $"{content.Length} were decompressed");
        }

        return content;
    }

    // Decompresses to the end, refusing more than maxLength bytes, and an IDX header that declares more as soon
    // as it is in. The array grows at once to the length the header declares, so a well-formed file is not copied.
    private static byte[] ReadBounded(string path, Stream source, long capacity, long maxLength)
    {
        var content = new byte[Math.Min(capacity, maxLength)];
        var length = 0;
        var headerRead = false;
        Span<byte> next = stackalloc byte[1];
        while (true)
        {
            if (length < content.Length)
            {
                var read = source.Read(content, length, content.Length - length);
                if (read == 0)
                {
                    return content[..length];
                }

                length += read;
                if (!headerRead && DeclaredLength(path, content.AsSpan(0, length), maxLength) is { } declared)
                {
                    headerRead = true;
                    if (declared > content.Length)
                    {
                        Array.Resize(ref content, (int)declared);
                    }
                }

                continue;
            }

            if (source.Read(next) == 0)
            {
                return content;
            }

            if (length >= maxLength)
            {
                throw new DatasetFileException(
                    path,
                    $"decompresses to more than {Bytes(maxLength)}, the most an IDX file may have here; "
                    + "decompression stopped there");
            }

            Array.Resize(ref content, (int)Math.Min(Math.Max(2L * length, ReadChunk), maxLength));
            content[length++] = next[0];
        }
    }

    // The length, header included, that an IDX header at the start of the content declares: null until the
    // header is in, 0 for content that starts with no IDX header. Throws when it is more than maxLength.
    private static long? DeclaredLength(string path, ReadOnlySpan<byte> start, long maxLength)
    {
        if (start.Length < 4)
        {
            return null;
        }

        var magic = BinaryPrimitives.ReadInt32BigEndian(start);
        var dimensions = magic & 0xff;
        if ((magic >> 8) != 0x08 || dimensions == 0)
        {
            return 0;
        }

        if (start.Length < HeaderLength(dimensions))
        {
            return null;
        }

        var sizes = new int[dimensions];
        var elements = 1L;
        for (var i = 0; i < dimensions; i++)
        {
            sizes[i] = BinaryPrimitives.ReadInt32BigEndian(start[(4 + 4 * i)..]);
            elements = (long)Int128.Min((Int128)elements * Math.Max(sizes[i], 0), long.MaxValue / 2);
        }

        var total = elements + HeaderLength(dimensions);
        if (total > maxLength)
        {
            throw new DatasetFileException(
                path,
                $"its header declares sizes {string.Join(" x ", sizes)}: {Bytes(total)} with the header, "
                + $"more than the {Bytes(maxLength)} an IDX file may have here");
        }

        return total;
    }

    private static string Bytes(long count) =>
        count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes";
}
