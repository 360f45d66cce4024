namespace ItdOrleans.Core.Data;

/// <summary>One IDX file of a dataset and the MD5s of its uncompressed content that are accepted.</summary>
/// <param name="FileName">The uncompressed file's name; the file may also be found with ".gz" appended.</param>
/// <param name="Copies">Each accepted MD5, as lower-case hex, with a description of that copy.</param>
internal sealed record DatasetFile(string FileName, IReadOnlyDictionary<string, string> Copies)
{
    /// <summary>A file of which only the original copy is known.</summary>
    public static DatasetFile Original(string fileName, string md5) =>
        new(fileName, new Dictionary<string, string> { [md5] = "original copy" });

    /// <summary>The file's path in a directory, compressed or not, or null when neither is there.</summary>
    /// <remarks>
    /// Anything of that name counts, a directory or a link to nowhere too, so that the reader refuses it by
    /// name instead of calling it missing.
    /// </remarks>
    public string? FindIn(string directory)
    {
        var compressed = Path.Combine(directory, FileName + ".gz");
        var raw = Path.Combine(directory, FileName);
        return Path.Exists(compressed) ? compressed : Path.Exists(raw) ? raw : null;
    }
}
