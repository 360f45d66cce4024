using System.IO.Compression;
using System.Security.Cryptography;

namespace ItdOrleans.Core.Tests.Data;

/// <summary>Where the tests find the real datasets.</summary>
public static class TestData
{
    public const string FashionMnistDirectory = "/usr/share/datasets/fashion-mnist";

    /// <summary>ITD_MNIST_DIR, else ../shared/data/mnist beside the repository root.</summary>
    public static string MnistDirectory
    {
        get
        {
            var fromVariable = Environment.GetEnvironmentVariable("ITD_MNIST_DIR");
            var directory = string.IsNullOrWhiteSpace(fromVariable)
                ? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", "mnist"))
                : fromVariable;
            Assert.True(
                File.Exists(Path.Combine(directory, "train-images-idx3-ubyte.gz")),
                $"MNIST not found in {directory}: set ITD_MNIST_DIR to a directory holding its four IDX files");
            return directory;
        }
    }

    /// <summary>The folder holding ItdOrleans.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ItdOrleans.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException($"no ItdOrleans.sln above {AppContext.BaseDirectory}");
        }
    }

    /// <summary>The path of one of the real MNIST files.</summary>
    public static string MnistFile(string fileName) => Path.Combine(MnistDirectory, fileName);

    /// <summary>Lower-case hex MD5 of a gzip file's uncompressed content.</summary>
    public static string UncompressedMd5(string gzipPath)
    {
        using var gzip = new GZipStream(File.OpenRead(gzipPath), CompressionMode.Decompress);
        return Convert.ToHexStringLower(MD5.HashData(gzip));
    }

    /// <summary>The uncompressed content of a gzip file.</summary>
    public static byte[] Decompress(string gzipPath)
    {
        using var gzip = new GZipStream(File.OpenRead(gzipPath), CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }
}
