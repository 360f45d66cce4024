using Orleans.Storage;

namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>
/// Grain storage that fails the first write of chosen grains, as a storage server that drops a
/// connection would, and hands everything else to the storage it wraps.
/// </summary>
internal sealed class FlakyStorage(IGrainStorage inner, IEnumerable<string> failingKeys) : IGrainStorage
{
    /// <summary>The message of every failed write.</summary>
    public const string Message = "injected storage failure";

    private readonly HashSet<string> _failing = [.. failingKeys];

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        lock (_failing)
        {
            if (_failing.Remove(grainId.Key.ToString()!))
            {
                throw new IOException($"{Message} writing {grainId}");
            }
        }

        return inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
