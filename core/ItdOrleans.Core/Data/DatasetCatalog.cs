namespace ItdOrleans.Core.Data;

/// <summary>Loads datasets by name ("mnist", "fashion-mnist") into checksum-verified splits.</summary>
public static class DatasetCatalog
{
    /// <summary>Environment variable naming the download cache's root directory.</summary>
    public const string CacheVariable = DatasetLocator.CacheVariable;

    /// <summary>Names of the datasets that can be loaded.</summary>
    public static IReadOnlyList<string> Names { get; } = DatasetDefinition.All.Select(d => d.Name).ToList();

    /// <summary>Loads a dataset afresh: 55,000 training, 5,000 validation and 10,000 test images.</summary>
    /// <exception cref="DatasetNotFoundException">The files are in none of the places searched.</exception>
    /// <exception cref="DatasetFileException">A file is malformed or has an unknown checksum.</exception>
    /// <exception cref="DatasetDownloadException">No mirror delivered a file intact.</exception>
    public static DatasetSplits Load(string name, DatasetOptions? options = null) =>
        DatasetLocator.Process.Load(name, options ?? DatasetOptions.Default);

    /// <summary>
    /// Whether the dataset's files are where <see cref="Load"/> looks, or may be downloaded, found
    /// without reading them.
    /// </summary>
    public static bool IsAtHand(string name, DatasetOptions? options = null) =>
        DatasetLocator.Process.IsAtHand(DatasetDefinition.Named(name), options ?? DatasetOptions.Default);

    /// <summary>A dataset's training images, pixels and classes, without reading its files.</summary>
    public static DatasetShape ShapeOf(string name) => DatasetDefinition.Named(name).Shape;

    /// <summary>The environment variable naming a dataset's directory, e.g. ITD_MNIST_DIR.</summary>
    public static string DirectoryVariable(string name) => DatasetDefinition.Named(name).DirectoryVariable;

    /// <summary>The environment variable listing a dataset's mirror base URLs, e.g. ITD_MNIST_MIRRORS.</summary>
    public static string MirrorsVariable(string name) => DatasetDefinition.Named(name).MirrorsVariable;
}
