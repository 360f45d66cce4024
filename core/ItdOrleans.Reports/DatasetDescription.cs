namespace ItdOrleans.Reports;

/// <summary>The dataset a sweep trained on, as a report names it.</summary>
/// <param name="Name">Such as "MNIST" or "Fashion-MNIST".</param>
/// <param name="Source">Where the files came from, such as a folder of IDX files and their checksums;
/// null when only the dataset's name is known.</param>
public sealed record DatasetDescription(string Name, string? Source)
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mnist"] = "MNIST",
        ["fashion-mnist"] = "Fashion-MNIST",
    };

    /// <summary>The description of a dataset named as a sweep specification names it, such as "mnist".</summary>
    public static DatasetDescription Of(string dataset, string? source = null) =>
        new(Names.GetValueOrDefault(dataset.Trim(), dataset), source);
}
