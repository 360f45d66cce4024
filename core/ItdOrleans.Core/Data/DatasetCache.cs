using System.Collections.Concurrent;

namespace ItdOrleans.Core.Data;

/// <summary>Loads each dataset once and hands every caller the same splits, even when asked concurrently.</summary>
/// <remarks>A failed load is not kept, so a later call tries again.</remarks>
internal sealed class DatasetCache(Func<string, DatasetOptions, DatasetSplits> load)
{
    private readonly ConcurrentDictionary<string, Lazy<DatasetSplits>> _loaded = new();

    public DatasetSplits Get(string name, DatasetOptions options)
    {
        var key = Key(name, options);
        var lazy = _loaded.GetOrAdd(
            key,
            _ => new Lazy<DatasetSplits>(() => load(name, options), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch
        {
            _loaded.TryRemove(new KeyValuePair<string, Lazy<DatasetSplits>>(key, lazy));
            throw;
        }
    }

    // Only the options that decide which files are read tell loads apart.
    private static string Key(string name, DatasetOptions options) =>
        $"{name.Trim().ToLowerInvariant()}\n{options.Directory}\n{options.CacheDirectory}";
}
