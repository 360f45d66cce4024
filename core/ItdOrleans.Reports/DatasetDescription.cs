namespace ItdOrleans.Reports;

/// <summary>The dataset a sweep trained on, as a report names it.</summary>
/// <param name="Name">Such as "MNIST" or "Fashion-MNIST".</param>
/// <param name="Source">Where the files came from, such as a folder of IDX files and their checksums.</param>
public sealed record DatasetDescription(string Name, string Source);
