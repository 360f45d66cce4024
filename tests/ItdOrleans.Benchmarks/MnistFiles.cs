using System.IO.Compression;
using ItdOrleans.Core.Data;

namespace ItdOrleans.Benchmarks;

/// <summary>Reads the gzipped MNIST IDX files into dataset splits.</summary>
internal static class MnistFiles
{
    /// <summary>The MNIST folder: ITD_MNIST_DIR, else ../shared/data/mnist beside the repository.</summary>
    public static string Directory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ITD_MNIST_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ItdOrleans.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "mnist"));
            }
        }

        throw new DirectoryNotFoundException("set ITD_MNIST_DIR: no ItdOrleans.sln above " + AppContext.BaseDirectory);
    }

    public static DatasetSplits Load(string directory)
    {
        var train = Read(directory, "train");
        var test = Read(directory, "t10k");
        return DatasetSplits.Create("mnist", directory, train, test);
    }

    private static ImageSet Read(string directory, string prefix)
    {
        var images = Decompress(Path.Combine(directory, $"{prefix}-images-idx3-ubyte.gz"));
        var labels = Decompress(Path.Combine(directory, $"{prefix}-labels-idx1-ubyte.gz"));
        return ImageSet.FromPixels(images.AsSpan(16), 784, labels.AsSpan(8));
    }

    private static byte[] Decompress(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }
}
