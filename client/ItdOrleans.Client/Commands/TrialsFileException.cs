namespace ItdOrleans.Client.Commands;

/// <summary>A trials file cannot be used: it is not JSON of a known version, or lacks what is needed.</summary>
public sealed class TrialsFileException(string path, string problem, Exception? inner = null)
    : Exception($"the trials file '{path}' cannot be used: {problem}", inner)
{
    public string Path { get; } = path;
}
