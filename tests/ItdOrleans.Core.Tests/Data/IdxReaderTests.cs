using System.Runtime.Versioning;
using ItdOrleans.Core.Data;

namespace ItdOrleans.Core.Tests.Data;

public sealed class IdxReaderTests : IDisposable
{
    private static readonly TimeSpan PipeTimeout = TimeSpan.FromSeconds(30);

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
    [SupportedOSPlatform("linux")]
    public void File_that_may_not_be_read_is_reported_with_its_path()
    {
        var path = _directory.Write("forbidden-idx1-ubyte", IdxBytes.Labels(5));
        File.SetUnixFileMode(path, UnixFileMode.None);

        using var nobody = new NobodysFileAccess();
        var error = Assert.Throws<DatasetFileException>(() => IdxReader.ReadLabels(path));

        Assert.StartsWith($"{path}: cannot be read: Access to the path", error.Message);
    }

    [Fact]
    public void A_directory_is_refused_by_name()
    {
        var path = Path.Combine(_directory.Path, "images-idx3-ubyte.gz");
        Directory.CreateDirectory(path);

        var error = Assert.Throws<DatasetFileException>(() => IdxReader.ReadImages(path));

        Assert.Equal($"{path}: is a directory, not a regular file", error.Message);
    }

    [Fact]
    public void A_link_to_a_device_is_refused_by_name_before_it_is_read()
    {
        var path = _directory.Link("labels-idx1-ubyte.gz", "/dev/zero");

        var error = Assert.Throws<DatasetFileException>(() => IdxReader.ReadLabels(path));

        Assert.Equal(
            $"{path}: is a symbolic link to /dev/zero, which is a character device, not a regular file",
            error.Message);
    }

    [Fact]
    public void A_link_to_nowhere_is_refused_by_name()
    {
        var target = Path.Combine(_directory.Path, "gone");
        var path = _directory.Link("labels-idx1-ubyte", target);

        var error = Assert.Throws<DatasetFileException>(() => IdxReader.ReadLabels(path));

        Assert.Equal($"{path}: is a symbolic link to {target}, which does not exist", error.Message);
    }

    [Fact]
    public async Task A_named_pipe_is_refused_without_waiting_for_a_writer()
    {
        var path = _directory.Pipe("labels-idx1-ubyte.gz");

        var reading = Task.Run(() => Assert.Throws<DatasetFileException>(() => IdxReader.ReadLabels(path)));
        try
        {
            var error = await reading.WaitAsync(PipeTimeout);
            Assert.Equal($"{path}: is a named pipe, not a regular file", error.Message);
        }
        catch (TimeoutException)
        {
            // A reader blocked in opening the pipe returns once a writer opens its other end.
            await using (new FileStream(path, FileMode.Open, FileAccess.Write))
            {
            }

            Assert.Fail($"reading the named pipe {path} waited for a writer for {PipeTimeout}");
        }
    }

    [Fact]
    public void Decompression_stops_at_the_limit_naming_the_file()
    {
        var path = _directory.Write("zeros-idx3-ubyte.gz", IdxBytes.Gzip(new byte[4 << 20]));

        var error = Assert.Throws<DatasetFileException>(() => IdxReader.ReadContent(path, maxLength: 1 << 20));

        Assert.Equal(
            $"{path}: decompresses to more than 1,048,576 bytes, the most an IDX file may have here; "
            + "decompression stopped there",
            error.Message);
    }

    [Fact]
    public void A_header_declaring_more_than_the_limit_is_refused_as_soon_as_it_is_decompressed()
    {
        byte[] content = [.. IdxBytes.Header(0x0803, 60_000_000, 28, 28), .. new byte[2 << 20]];
        var path = _directory.Write("declares-too-much-idx3-ubyte.gz", IdxBytes.Gzip(content));

        var error = Assert.Throws<DatasetFileException>(() => IdxReader.ReadImages(path));

        Assert.Equal(
            $"{path}: its header declares sizes 60000000 x 28 x 28: 47,040,000,016 bytes with the header, "
            + "more than the 268,435,456 bytes an IDX file may have here",
            error.Message);
    }

    [Fact]
    public void A_raw_file_over_the_limit_is_refused_before_it_is_read()
    {
        var path = _directory.Write("large-idx1-ubyte", IdxBytes.Labels(2_000));

        var error = Assert.Throws<DatasetFileException>(() => IdxReader.ReadContent(path, maxLength: 1_000));

        Assert.Equal(
            $"{path}: is 2,008 bytes long, more than the 1,000 bytes an IDX file may have here", error.Message);
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
