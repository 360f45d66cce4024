using ItdOrleans.Core.Training;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Contracts;

/// <summary>Typed access to the sweep, trial and registry grains.</summary>
public static class GrainFactoryExtensions
{
    public static ISweepGrain GetSweep(this IGrainFactory grains, string sweepId) =>
        grains.GetGrain<ISweepGrain>(sweepId);

    /// <summary>The trial grain of a trial key, as in <see cref="TrialRecord.Key"/>.</summary>
    public static ITrialGrain GetTrial(this IGrainFactory grains, string trialKey) =>
        grains.GetGrain<ITrialGrain>(trialKey);

    /// <summary>The trial grain that trains a specification.</summary>
    public static ITrialGrain GetTrial(this IGrainFactory grains, TrainingSpec spec) =>
        grains.GetGrain<ITrialGrain>(TrialKey.Of(spec));

    public static ISweepRegistryGrain GetSweepRegistry(this IGrainFactory grains) =>
        grains.GetGrain<ISweepRegistryGrain>(ISweepRegistryGrain.Key);
}
