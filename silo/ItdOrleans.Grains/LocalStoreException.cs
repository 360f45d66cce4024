namespace ItdOrleans.Grains;

/// <summary>
/// The SQLite file of a silo's grain storage cannot be used: it is a folder, not a SQLite database,
/// cannot be written or is in use. The message names the file, the problem and what to do.
/// </summary>
public sealed class LocalStoreException(string path, string message, Exception? innerException = null)
    : InvalidOperationException(message, innerException)
{
    /// <summary>The file, as a full path.</summary>
    public string Path { get; } = path;
}
