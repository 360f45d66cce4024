using Orleans.Runtime.Placement;

namespace ItdOrleans.Grains;

/// <summary>
/// Chooses the compatible silos in turn, in address order, for each new activation placed
/// from this silo.
/// </summary>
/// <remarks>
/// Trials of a sweep cost about the same and are placed in a burst, all from the silo of
/// their sweep. Random placement leaves a small sweep lopsided by chance, and the
/// resource-optimised default weighs statistics that are refreshed only every few seconds,
/// so a burst lands on whichever silo looked idlest (in a test cluster, whose silos share
/// one process, they all look alike). Taking turns gives every silo its share at once; a
/// silo with fewer processors queues its extra trials on its training slots.
/// </remarks>
public sealed class SpreadPlacementDirector : IPlacementDirector
{
    private long _turn = -1;

    public Task<SiloAddress> OnAddActivation(
        PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target);
        if (silos.Length == 0)
        {
            throw new OrleansException($"No silo can host {target.GrainIdentity}.");
        }

        Array.Sort(silos);
        var turn = Interlocked.Increment(ref _turn);
        return Task.FromResult(silos[(int)(turn % silos.Length)]);
    }
}
