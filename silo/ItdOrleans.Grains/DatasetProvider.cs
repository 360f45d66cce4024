using System.Collections.Concurrent;
using ItdOrleans.Core.Data;
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
    public Task<DatasetSplits> GetAsync(string name) => Task.Run(() =>
    {
        var splits = SharedDatasets.Get(name, OptionsFor(name));
        if (_announced.TryAdd(splits.Name, 0))
        {
            LogDatasetLoaded(logger, splits.Name, splits.Source, splits.Fingerprint, splits.SizeInBytes);
        }

        return splits;
    });

    private DatasetOptions OptionsFor(string name) => new()
    {
        Directory = options.Value.DatasetDirectories.GetValueOrDefault(name),
        CacheDirectory = options.Value.DatasetCacheDirectory,
        AllowDownload = options.Value.AllowDatasetDownload,
    };

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information,
        Message = "Dataset {Dataset} loaded: {Source}; fingerprint {Fingerprint}, {Bytes} bytes held")]
    private static partial void LogDatasetLoaded(
        ILogger logger, string dataset, string source, string fingerprint, long bytes);
}
