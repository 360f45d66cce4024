using ItdOrleans.Contracts;

namespace ItdOrleans.Client.Commands;

/// <summary>Finds a sweep the user named by id.</summary>
internal static class SweepLookup
{
    /// <summary>The sweep's grain.</summary>
    /// <exception cref="SweepNotFoundException">No sweep was started under that id.</exception>
    public static async Task<ISweepGrain> FindAsync(IGrainFactory grains, string sweepId)
    {
        var sweep = grains.GetSweep(sweepId);
        var status = await sweep.GetStatus();
        return status.State == SweepState.NotStarted ? throw new SweepNotFoundException(sweepId) : sweep;
    }
}
