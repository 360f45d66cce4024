namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>Sweep specification files written for a test into a folder of its own.</summary>
public sealed class SpecFiles : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("itd-cli-").FullName;

    /// <summary>Writes YAML to a file in the folder and returns its path.</summary>
    public string Write(string fileName, string yaml)
    {
        var path = Path.Combine(Folder, fileName);
        File.WriteAllText(path, yaml);
        return path;
    }

    /// <summary>A path in the folder, not yet written.</summary>
    public string PathOf(string fileName) => Path.Combine(Folder, fileName);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
