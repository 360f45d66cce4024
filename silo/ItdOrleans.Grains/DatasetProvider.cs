using ItdOrleans.Core.Data;
using Microsoft.Extensions.Options;

namespace ItdOrleans.Grains;

/// <summary>
/// The silo's datasets, each loaded once per process by the core's shared cache and handed to
/// every trial; loading runs on the thread pool, never on a grain's turn.
/// </summary>
public sealed class DatasetProvider(IOptions<ItdOptions> options)
{
    /// <summary>The dataset's splits, loading them on first use.</summary>
    public Task<DatasetSplits> GetAsync(string name) =>
        Task.Run(() => SharedDatasets.Get(name, OptionsFor(name)));

    private DatasetOptions OptionsFor(string name) => new()
    {
        Directory = options.Value.DatasetDirectories.GetValueOrDefault(name),
        CacheDirectory = options.Value.DatasetCacheDirectory,
        AllowDownload = options.Value.AllowDatasetDownload,
    };
}
