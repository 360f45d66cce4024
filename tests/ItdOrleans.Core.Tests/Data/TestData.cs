using System.IO.Compression;
using System.Security.Cryptography;
using ItdOrleans.Core.Data;

namespace ItdOrleans.Core.Tests.Data;

/// <summary>The files of the real digits the tests use, and helpers to read them.</summary>
public static class TestData
{
    /// <summary>What the loader knows of the real digits: their files, checksums and variables.</summary>
    internal static DatasetDefinition Definition => DatasetDefinition.Named(RealDigits.Current.Name);

    /// <summary>The path of one of the real digits' files.</summary>
    public static string RealFile(string fileName) => Path.Combine(RealDigits.Current.Directory, fileName);

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
