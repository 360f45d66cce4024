using ItdOrleans.Sweeps;

namespace ItdOrleans.Reports;

/// <summary>The dataset a sweep trained on, as a report names it.</summary>
/// <param name="Name">Such as "MNIST" or "Fashion-MNIST".</param>
/// <param name="Source">Where the files came from, such as a folder of IDX files and their checksums, as
/// Markdown; null when only the dataset's name is known.</param>
public sealed record DatasetDescription(string Name, string? Source)
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mnist"] = "MNIST",
        ["fashion-mnist"] = "Fashion-MNIST",
    };

    /// <summary>
    /// The description of a dataset named as a sweep specification names it, such as "mnist", with
    /// where it came from as plain text.
    /// </summary>
    public static DatasetDescription Of(string dataset, string? source = null) =>
        new(
            Names.GetValueOrDefault(dataset.Trim(), dataset),
            source is null ? null : MarkdownText.Escape(source));

    /// <summary>
    /// The description with the copies of the data the trials say they trained on, when they say so:
    /// every folder they were read from and the data's fingerprint, or, when silos held different
    /// data, each copy with its trials and a warning that their results differ for that reason too.
    /// </summary>
    public DatasetDescription WithCopiesOf(IEnumerable<TrialRecord> records)
    {
        var copies = records
            .Where(record => record.Data is not null)
            .GroupBy(record => record.Data!.Fingerprint, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .ToList();
        return copies.Count switch
        {
            0 => this,
            1 => this with { Source = Copy(copies[0]) },
            _ => this with
            {
                Source = $"**different data on different silos**, so trials of the same setting and seed may "
                    + $"not agree: {string.Join("; ", copies.Select(copy => $"{Copy(copy)}, {Trials(copy.Count())}"))}",
            },
        };
    }

    // Every folder the same data came from, with its fingerprint; sources start with the dataset's name.
    private string Copy(IGrouping<string, TrialRecord> copy)
    {
        var sources = copy.Select(record => record.Data!.Source).Distinct(StringComparer.Ordinal)
            .Select(source => source.StartsWith(Name + " from ", StringComparison.OrdinalIgnoreCase)
                ? source[(Name.Length + " from ".Length)..]
                : source);
        return $"{string.Join(" and from ", sources.Select(MarkdownText.Escape))}; "
            + $"data fingerprint {MarkdownText.Escape(copy.Key)}";
    }

    private static string Trials(int count) => count == 1 ? "1 trial" : $"{count} trials";
}
