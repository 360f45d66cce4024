using ItdOrleans.Client.Hosting;
using ItdOrleans.Core.Data;
using ItdOrleans.Grains;
using ItdOrleans.Reports;
using ItdOrleans.Sweeps;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace ItdOrleans.Client;

/// <summary>
/// Makes sure the dataset of a sweep run in this process is at hand before anything starts. When
/// MNIST was neither asked for by name nor given a folder, and none is cached, switches the sweep to
/// Fashion-MNIST and says so; a folder that was given must hold the files.
/// </summary>
public static class LocalDataset
{
    private const string Mnist = "mnist";
    private const string FashionMnist = "fashion-mnist";
    private const string CacheLine = "- download cache ";

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
        catch (DatasetNotFoundException missing)
            when (mayReplace && spec.Dataset == Mnist && !IsGivenFolder(Mnist))
        {
            var replacement = LoadReplacement(missing, allowDownload);
            terminal.Error.MarkupLineInterpolated(
                $"[yellow]{NotFound(missing)}. Using Fashion-MNIST from {replacement} instead.[/]");
            return spec with { Dataset = FashionMnist };
        }
    }

    /// <summary>A dataset already at hand, with the folder and copy of its files, for a report.</summary>
    public static DatasetDescription Describe(string name)
    {
        var splits = SharedDatasets.Get(name, OptionsFor(name, allowDownload: false));
        var prefix = $"{splits.Name} from ";
        var source = splits.Source.StartsWith(prefix, StringComparison.Ordinal)
            ? splits.Source[prefix.Length..]
            : splits.Source;
        return DatasetDescription.Of(name, InUserWords(source, name));
    }

    // Loaded into the process-wide cache, so the trials of this process find it there.
    private static DatasetSplits Load(string name, bool allowDownload)
    {
        var options = OptionsFor(name, allowDownload);
        try
        {
            return SharedDatasets.Get(name, options);
        }
        catch (DatasetNotFoundException missing) when (options.Directory is not null)
        {
            throw new DatasetNotFoundException(name, InUserWords(missing.Message, name));
        }
    }

    // The folder the silo of this process is configured to read the dataset from, if any.
    private static DatasetOptions OptionsFor(string name, bool allowDownload) => new()
    {
        Directory = HostSetup.ReadConfiguration()[ItdOptions.DatasetDirectoryKey(name)] is { Length: > 0 } directory
            ? directory
            : null,
        AllowDownload = allowDownload,
    };

    // The catalog names the library's option; the user set the configuration key.
    private static string InUserWords(string text, string name) =>
        text.Replace("DatasetOptions.Directory", ItdOptions.DatasetDirectoryKey(name), StringComparison.Ordinal);

    private static bool IsGivenFolder(string name) =>
        OptionsFor(name, allowDownload: false).Directory is not null
        || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(DatasetCatalog.DirectoryVariable(name)));

    private static string LoadReplacement(DatasetNotFoundException missing, bool allowDownload)
    {
        try
        {
            var source = Load(FashionMnist, allowDownload).Source;
            var from = source.IndexOf(" from ", StringComparison.Ordinal);
            var end = from < 0 ? -1 : source.IndexOf(" (", from, StringComparison.Ordinal);
            return end > from ? source[(from + " from ".Length)..end] : source;
        }
        catch (DatasetNotFoundException fashion)
        {
            var alsoMissing = $"Fashion-MNIST, used in its place, was not found either: {FirstSentence(fashion)}.";
            throw new DatasetNotFoundException(
                Mnist,
                $"{NotFound(missing)}; {alsoMissing}"
                + $"{Environment.NewLine}Set {DatasetCatalog.DirectoryVariable(Mnist)} to the folder of MNIST's "
                + "IDX files, give --download, or install the package dataset-fashion-mnist.");
        }
    }

    private static string FirstSentence(DatasetNotFoundException missing) =>
        missing.Message.Split('\n')[0].Split(". ")[0].TrimEnd('.');

    // Where MNIST was looked for, in the words of this program's options; the catalog's message
    // names the cache it looked in.
    private static string NotFound(DatasetNotFoundException missing)
    {
        var cache = missing.Message
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith(CacheLine, StringComparison.Ordinal))
            .Select(line => $" ({line[CacheLine.Length..].Split(": ", 2)[0]})")
            .FirstOrDefault();
        return $"MNIST not found: {DatasetCatalog.DirectoryVariable(Mnist)} is not set, the download cache{cache} "
            + "holds no copy, and --download was not given";
    }
}
