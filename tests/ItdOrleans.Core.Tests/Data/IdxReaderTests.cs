using ItdOrleans.Core.Data;

namespace ItdOrleans.Core.Tests.Data;

public sealed class IdxReaderTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    /// <summary>Malformed images files: the case, its content, and what the message must say.</summary>
    public static TheoryData<string, byte[], string> MalformedImages()
    {
        var images = IdxBytes.Images(5);
        var gzip = IdxBytes.Gzip(images);
        var flipped = (byte[])gzip.Clone();
        flipped[12] ^= 0xff;
        return new TheoryData<string, byte[], string>
        {
            { "empty", [], "is empty" },
            { "three bytes", [0, 0, 8], "too short for an IDX header" },
            { "header cut", images[..10], "end inside the 16-byte header" },
            { "pixels missing", images[..^7], "only 53 bytes follow" },
            { "trailing bytes", [.. images, 1, 2, 3], "has 3 bytes after the 5 images of 4 x 3" },
            { "labels file", IdxBytes.Labels(5), "magic number 2049 marks an IDX labels file, expected 2051" },
            { "two dimensions", [.. IdxBytes.Header(0x0802, 5, 12), .. IdxBytes.Pixels(5, 4, 3)], "has 2 dimensions" },
            { "float elements", [.. IdxBytes.Header(0x0d03, 5, 4, 3), .. new byte[240]], "not of unsigned bytes" },
            { "text", "just some text\n"u8.ToArray(), "is not an IDX file" },
            { "zero rows", IdxBytes.Header(0x0803, 5, 0, 3), "dimension 1 has size 0" },
            { "negative count", IdxBytes.Header(0x0803, -1, 4, 3), "dimension 0 has size -1" },
            { "huge images", IdxBytes.Header(0x0803, 1, 1000, 1000), "too large" },
            { "gzip cut short", gzip[..(gzip.Length / 2)], "truncated or corrupt gzip data" },
            { "gzip trailer cut", gzip[..^3], "truncated or corrupt gzip data" },
            { "gzip with garbage after it", [.. gzip, 9, 9, 9, 9, 9], "truncated or corrupt gzip data" },
            { "gzip corrupt", flipped, "gzip data" },
            { "gzip magic only", [0x1f, 0x8b], "too short for gzip data" },
            { "gzip of truncated file", IdxBytes.Gzip(images[..^1]), "is truncated" },
        };
    }

    [Theory]
    [MemberData(nameof(MalformedImages))]
    public void Malformed_images_file_is_rejected_naming_file_and_problem(string name, byte[] content, string problem)
    {
        var path = _directory.Write(name.Replace(' ', '-'), content);

        var error = Assert.Throws<DatasetFileException>(() => IdxReader.ReadImages(path));

        Assert.Equal(path, error.FilePath);
        Assert.StartsWith(path + ": ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    public static TheoryData<string, byte[], string> MalformedLabels() => new()
    {
        { "empty", [], "is empty" },
        { "images file", IdxBytes.Images(2), "magic number 2051 marks an IDX images file, expected 2049" },
        { "labels missing", IdxBytes.Labels(20)[..^4], "the header declares 20 labels (20 bytes) but only 16" },
        { "trailing byte", [.. IdxBytes.Labels(20), 0], "has 1 bytes after the 20 labels" },
        { "label out of range", [.. IdxBytes.Header(0x0801, 4), 3, 9, 0, 12], "label 12 at index 3 is not a class" },
        { "gzip truncated", IdxBytes.Gzip(IdxBytes.Labels(200))[..30], "truncated or corrupt gzip data" },
    };

    [Theory]
    [MemberData(nameof(MalformedLabels))]
    public void Malformed_labels_file_is_rejected_naming_file_and_problem(string name, byte[] content, string problem)
    {
        var path = _directory.Write(name.Replace(' ', '-'), content);

        var error = Assert.Throws<DatasetFileException>(() => IdxReader.ReadLabels(path));

        Assert.StartsWith(path + ": ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Missing_file_is_reported_with_its_path()
    {
        var path = Path.Combine(_directory.Path, "absent-idx3-ubyte");

        var error = Assert.Throws<DatasetFileException>(() => IdxReader.ReadImages(path));

        Assert.StartsWith(path + ": cannot be read", error.Message);
    }

    [Fact]
    public void Image_and_label_counts_must_agree()
    {
        var images = _directory.Write("images", IdxBytes.Images(5));
        var labels = _directory.Write("labels", IdxBytes.Labels(6));

        var error = Assert.Throws<DatasetFileException>(() => IdxReader.ReadImageSet(images, labels));

        Assert.Contains(images, error.Message);
        Assert.Contains(labels, error.Message);
        Assert.Contains("5 images", error.Message);
        Assert.Contains("6 labels", error.Message);
    }

    [Fact]
    public void Raw_and_gzip_files_read_the_same_images_whatever_their_names()
    {
        var content = IdxBytes.Images(5);
        var raw = IdxReader.ReadImages(_directory.Write("plain.gz", content));
        var compressed = IdxReader.ReadImages(_directory.Write("compressed.idx", IdxBytes.Gzip(content)));

        Assert.Equal((5, 4, 3), (raw.Count, raw.Rows, raw.Columns));
        Assert.Equal(content[16..], raw.Pixels);
        Assert.Equal(raw.Pixels, compressed.Pixels);
    }

    [Fact]
    public void Image_set_holds_pixels_scaled_to_one_and_the_labels()
    {
        var images = _directory.Write("images", IdxBytes.Images(5));
        var labels = _directory.Write("labels", IdxBytes.Gzip(IdxBytes.Labels(5)));

        var set = IdxReader.ReadImageSet(images, labels);

        var pixels = IdxBytes.Pixels(5, 4, 3);
        Assert.Equal(12, set.Features);
        Assert.Equal(new byte[] { 0, 1, 2, 3, 4 }, set.Labels);
        Assert.Equal(pixels.Count(p => p != 0), set.Values.Length);
        var row = 2;
        for (var i = set.RowStart[row]; i < set.RowStart[row + 1]; i++)
        {
            Assert.Equal(pixels[row * 12 + set.Columns[i]] / 255f, set.Values[i]);
        }
    }

    public void Dispose() => _directory.Dispose();
}
