namespace ItdOrleans.Core.Data;

/// <summary>The process-wide datasets: each loaded once and shared read-only by every trainer.</summary>
public static class SharedDatasets
{
    private static readonly DatasetCache Cache = new(DatasetCatalog.Load);

    /// <summary>The dataset's splits, loaded by <see cref="DatasetCatalog.Load"/> on first use.</summary>
    public static DatasetSplits Get(string name, DatasetOptions? options = null) =>
        Cache.Get(name, options ?? DatasetOptions.Default);
}
