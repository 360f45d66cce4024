using System.Collections.Concurrent;
using ItdOrleans.Core.Data;
using ItdOrleans.Sweeps;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItdOrleans.Grains;

/// <summary>
/// The silo's datasets, each loaded once per process by the core's shared cache and handed to
/// every trial; loading runs on the thread pool, never on a grain's turn.
/// </summary>
public sealed partial class DatasetProvider(IOptions<ItdOptions> options, ILogger<DatasetProvider> logger)
{
    private readonly ConcurrentDictionary<string, byte> _announced = new(StringComparer.Ordinal);

    /// <summary>The dataset's splits, loading them on first use.</summary>
    /// <exception cref="DatasetNotFoundException">The files are nowhere this silo looks; the message says
    /// where it looked, naming the silo's settings.</exception>
    public Task<DatasetSplits> GetAsync(string name) => Task.Run(() =>
    {
        DatasetSplits splits;
        try
        {
            splits = SharedDatasets.Get(name, OptionsFor(name));
        }
        catch (DatasetNotFoundException missing)
        {
            throw new DatasetNotFoundException(missing.DatasetName, InSiloTerms(name, missing.Message));
        }

        if (_announced.TryAdd(splits.Name, 0))
        {
            LogDatasetLoaded(logger, splits.Name, Describe(splits).Source, splits.Fingerprint, splits.SizeInBytes);
        }

        return splits;
    });

    /// <summary>Which copy of a dataset this silo holds, in the terms of its settings.</summary>
    public DataCopy Describe(DatasetSplits splits) =>
        new(InSiloTerms(splits.Name, splits.Source), splits.Fingerprint);

    /// <summary>Why the dataset cannot be loaded here, saying where it was looked for; null when it loads.</summary>
    public async Task<string?> ProblemAsync(string name)
    {
        try
        {
            await GetAsync(name);
            return null;
        }
        catch (Exception exception)
            when (exception is DatasetNotFoundException or DatasetFileException or DatasetDownloadException)
        {
            return $"dataset '{name}' cannot be loaded on the silo: {exception.Message}";
        }
    }

    /// <summary>
    /// Loads every dataset whose folder this silo's settings name, so that a silo with broken data
    /// refuses to start rather than fail the trials placed on it.
    /// </summary>
    /// <exception cref="InvalidOperationException">A dataset cannot be loaded; the message names it, its
    /// folder, the setting that named the folder and the problem.</exception>
    public async Task LoadConfiguredAsync()
    {
        foreach (var (name, folder, key) in ConfiguredFolders())
        {
            if (!DatasetCatalog.Names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"{key} names no dataset: the datasets are {string.Join(", ", DatasetCatalog.Names)}.");
            }

            try
            {
                await GetAsync(name);
            }
            catch (DatasetNotFoundException missing)
            {
                // Its message names the dataset, the folder and the setting.
                throw new InvalidOperationException(missing.Message, missing);
            }
            catch (DatasetFileException broken)
            {
                throw new InvalidOperationException(
                    $"dataset '{name}' in {folder} (set by {key}) cannot be loaded: {broken.Message}", broken);
            }
        }
    }

    // The folder each dataset is read from when a setting names it: the silo's own, else the dataset's variable.
    private IEnumerable<(string Name, string Folder, string Key)> ConfiguredFolders()
    {
        var named = options.Value.DatasetDirectories.Where(pair => !string.IsNullOrWhiteSpace(pair.Value)).ToList();
        foreach (var (name, folder) in named)
        {
            yield return (name, folder, ItdOptions.DatasetDirectoryKey(name));
        }

        foreach (var name in DatasetCatalog.Names.Where(name => !named.Any(pair => IsNamed(pair.Key, name))))
        {
            var variable = DatasetCatalog.DirectoryVariable(name);
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } folder)
            {
                yield return (name, folder, variable);
            }
        }
    }

    private static bool IsNamed(string key, string name) =>
        string.Equals(key, name, StringComparison.OrdinalIgnoreCase);

    private DatasetOptions OptionsFor(string name) => OptionsFor(options.Value, name);

    /// <summary>Where a silo with these settings looks for a dataset.</summary>
    internal static DatasetOptions OptionsFor(ItdOptions settings, string name) => new()
    {
        Directory = settings.DatasetDirectories.GetValueOrDefault(name),
        CacheDirectory = settings.DatasetCacheDirectory,
        AllowDownload = settings.AllowDatasetDownload,
    };

    // The catalog names its library options; a silo sets them through its configuration.
    private static string InSiloTerms(string name, string message) => message
        .Replace(
            "DatasetOptions.Directory",
            ItdOptions.DatasetDirectoryKey(name),
            StringComparison.Ordinal)
        .Replace(
            "DatasetOptions.AllowDownload",
            $"{ItdOptions.Section}:{nameof(ItdOptions.AllowDatasetDownload)}",
            StringComparison.Ordinal);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information,
        Message = "Dataset {Dataset} loaded: {Source}; fingerprint {Fingerprint}, {Bytes} bytes held")]
    private static partial void LogDatasetLoaded(
        ILogger logger, string dataset, string source, string fingerprint, long bytes);
}
