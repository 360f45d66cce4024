using ItdOrleans.Contracts;

namespace ItdOrleans.Grains;

/// <summary>Keeps the latest summary of every sweep, for listing.</summary>
public sealed class SweepRegistryGrain(
    [PersistentState("sweeps", GrainStorage.Provider)] IPersistentState<SweepRegistryState> state)
    : Grain, ISweepRegistryGrain
{
    public Task Record(SweepSummary summary)
    {
        state.State.Sweeps[summary.SweepId] = summary;
        return state.WriteStateAsync();
    }

    public Task<IReadOnlyList<SweepSummary>> List() =>
        Task.FromResult<IReadOnlyList<SweepSummary>>(
            [.. state.State.Sweeps.Values.OrderByDescending(sweep => sweep.StartedAt)]);
}
