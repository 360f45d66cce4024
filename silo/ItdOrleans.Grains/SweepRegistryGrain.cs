using ItdOrleans.Contracts;
using Microsoft.Extensions.Logging;

namespace ItdOrleans.Grains;

/// <summary>Keeps the latest summary of every sweep, for listing.</summary>
public sealed class SweepRegistryGrain(
    [PersistentState("sweeps", GrainStorage.Provider)] IPersistentState<SweepRegistryState> state,
    StorageOutage outage,
    ILogger<SweepRegistryGrain> logger)
    : Grain, ISweepRegistryGrain
{
    private StateWriter<SweepRegistryState>? _writer;

    public Task Record(SweepSummary summary)
    {
        state.State.Sweeps[summary.SweepId] = summary;
        return (_writer ??= new(state, this, outage, logger)).WriteAsync();
    }

    public Task<IReadOnlyList<SweepSummary>> List() =>
        Task.FromResult<IReadOnlyList<SweepSummary>>(
            [.. state.State.Sweeps.Values.OrderByDescending(sweep => sweep.StartedAt)]);
}
