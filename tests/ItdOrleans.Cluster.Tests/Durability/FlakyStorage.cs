using Orleans.Storage;

namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>
/// Grain storage that gets chosen writes of chosen grains wrong, as a storage server that drops a
/// connection would, and hands everything else to the storage it wraps.
/// </summary>
internal sealed class FlakyStorage(IGrainStorage inner, IReadOnlyDictionary<string, StorageFault> faults)
    : IGrainStorage
{
    /// <summary>The message of every failed write.</summary>
    public const string Message = "injected storage failure";

    private readonly Dictionary<string, int> _writes = [];

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        switch (FaultOf(grainId))
        {
            case StorageFault.Unwritten:
                throw new IOException($"{Message} writing {grainId}");

            case StorageFault.LostReply:
                // Stored, with a version the writer never hears of.
                var etag = grainState.ETag;
                await inner.WriteStateAsync(stateName, grainId, grainState);
                grainState.ETag = etag;
                throw new IOException($"{Message}: the reply to a write of {grainId} was lost");

            case StorageFault.OtherWriter:
                // What is stored, written again under a version of its own.
                var stored = new GrainState<T>();
                await inner.ReadStateAsync(stateName, grainId, stored);
                await inner.WriteStateAsync(stateName, grainId, stored);
                break;
        }

        await inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);

    // The fault of this write of the grain, if it is the write its fault strikes.
    private StorageFault? FaultOf(GrainId grainId)
    {
        var key = grainId.Key.ToString()!;
        if (!faults.TryGetValue(key, out var fault))
        {
            return null;
        }

        lock (_writes)
        {
            var write = _writes[key] = _writes.GetValueOrDefault(key) + 1;
            return write == StrikingWrite(fault) ? fault : null;
        }
    }

    private static int StrikingWrite(StorageFault fault) => fault switch
    {
        StorageFault.Unwritten => 1,
        StorageFault.LostReply => 2,
        _ => 3,
    };
}
