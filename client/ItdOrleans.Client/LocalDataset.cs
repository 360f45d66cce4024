using ItdOrleans.Core.Data;
using ItdOrleans.Reports;
using ItdOrleans.Sweeps;
using Spectre.Console;

namespace ItdOrleans.Client;

/// <summary>
/// Makes sure the dataset of a sweep run in this process is at hand before anything starts; when
/// MNIST is missing and was not asked for by name, switches the sweep to Fashion-MNIST and says so.
/// </summary>
public static class LocalDataset
{
    private const string Mnist = "mnist";
    private const string FashionMnist = "fashion-mnist";

    /// <summary>The sweep to run: the same one, or the same on Fashion-MNIST when MNIST is missing.</summary>
    /// <param name="mayReplace">False when the dataset was chosen on the command line, so it must be used.</param>
    /// <exception cref="DatasetNotFoundException">Neither the dataset nor a replacement is at hand.</exception>
    public static SweepSpec Resolve(SweepSpec spec, bool mayReplace, bool allowDownload, Terminal terminal)
    {
        try
        {
            Load(spec.Dataset, allowDownload);
            return spec;
        }
        catch (DatasetNotFoundException missing) when (mayReplace && spec.Dataset == Mnist)
        {
            var replacement = LoadReplacement(missing, allowDownload);
            var lookedIn = LookedIn(missing);
            terminal.Error.MarkupLineInterpolated(
                $"[yellow]MNIST not found (looked in {lookedIn}); using Fashion-MNIST from {replacement} instead.[/]");
            return spec with { Dataset = FashionMnist };
        }
    }

    /// <summary>A dataset already at hand, with the folder and copy of its files, for a report.</summary>
    public static DatasetDescription Describe(string name)
    {
        var splits = SharedDatasets.Get(name);
        var prefix = $"{splits.Name} from ";
        var source = splits.Source.StartsWith(prefix, StringComparison.Ordinal)
            ? splits.Source[prefix.Length..]
            : splits.Source;
        return DatasetDescription.Of(name, source);
    }

    // Loaded into the process-wide cache, so the trials of this process find it there.
    private static DatasetSplits Load(string name, bool allowDownload) =>
        SharedDatasets.Get(name, allowDownload ? new DatasetOptions { AllowDownload = true } : null);

    private static string LoadReplacement(DatasetNotFoundException missing, bool allowDownload)
    {
        try
        {
            var source = Load(FashionMnist, allowDownload).Source;
            var from = source.IndexOf(" from ", StringComparison.Ordinal);
            var end = from < 0 ? -1 : source.IndexOf(" (", from, StringComparison.Ordinal);
            return end > from ? source[(from + " from ".Length)..end] : source;
        }
        catch (DatasetNotFoundException)
        {
            throw new DatasetNotFoundException(
                Mnist,
                $"{missing.Message}{Environment.NewLine}Fashion-MNIST, used in its place when MNIST is missing, "
                + $"was not found either; set {DatasetCatalog.DirectoryVariable(Mnist)} to the folder of "
                + $"MNIST's IDX files, or install the package dataset-fashion-mnist.");
        }
    }

    // The catalog's list of places, less the library option this program never sets.
    private static string LookedIn(DatasetNotFoundException missing)
    {
        var places = missing.Message
            .Split('\n')
            .Where(line => line.TrimStart().StartsWith("- ", StringComparison.Ordinal))
            .Select(line => line.Trim()[2..])
            .Where(place => !place.StartsWith("DatasetOptions.", StringComparison.Ordinal))
            .Select(place => place.Replace("DatasetOptions.AllowDownload", "--download", StringComparison.Ordinal))
            .ToList();
        return places.Count > 0 ? string.Join("; ", places) : missing.Message.Split('\n')[0];
    }
}
