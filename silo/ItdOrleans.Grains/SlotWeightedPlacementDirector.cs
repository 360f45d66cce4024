using Orleans.Runtime.Placement;

namespace ItdOrleans.Grains;

/// <summary>
/// Chooses among the compatible silos by smooth weighted round-robin, each silo weighted by the
/// training slots it publishes, for every new activation placed from this silo.
/// </summary>
/// <remarks>
/// Trials of a sweep cost about the same and are placed in a burst, all from the silo of their
/// sweep. Random placement leaves a small sweep lopsided by chance, and the resource-optimised
/// default weighs statistics that are refreshed only every few seconds, so a burst lands on
/// whichever silo looked idlest. Here each choice adds every silo's weight to its credit, takes
/// the silo with the most credit (the lowest address among equals) and takes the sum of the
/// weights from it: while the weights hold, any run of picks as long as that sum chooses each silo
/// as often as its weight, and the choices of one silo are spread out rather than bunched. A silo
/// that joins starts with no credit and so gets its share from its first pick; a silo that leaves
/// is forgotten. A call that names its trial's dataset in the request context
/// (<see cref="PublishedDatasets.RequestKey"/>) places it among the silos that may hold that
/// dataset, when there are any.
/// </remarks>
public sealed class SlotWeightedPlacementDirector(PublishedTrainingSlots slots, PublishedDatasets datasets)
    : IPlacementDirector
{
    private readonly Dictionary<SiloAddress, long> _credits = [];
    private readonly Lock _lock = new();

    public Task<SiloAddress> OnAddActivation(
        PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target).Order().ToArray();
        if (silos.Length == 0)
        {
            throw new OrleansException($"No silo can host {target.GrainIdentity}.");
        }

        var candidates = silos;
        if (target.RequestContextData?.GetValueOrDefault(PublishedDatasets.RequestKey) is string dataset
            && silos.Where(silo => datasets.MayHold(silo, dataset)).ToArray() is { Length: > 0 } holding)
        {
            candidates = holding;
        }

        var weights = candidates.Select(slots.Of).ToArray();
        lock (_lock)
        {
            return Task.FromResult(Pick(candidates, weights, silos));
        }
    }

    private SiloAddress Pick(SiloAddress[] silos, int[] weights, SiloAddress[] present)
    {
        var chosen = 0;
        var total = 0L;
        for (var i = 0; i < silos.Length; i++)
        {
            var credit = _credits.GetValueOrDefault(silos[i]) + weights[i];
            _credits[silos[i]] = credit;
            total += weights[i];
            if (credit > _credits[silos[chosen]])
            {
                chosen = i;
            }
        }

        _credits[silos[chosen]] -= total;
        foreach (var departed in _credits.Keys.Except(present).ToList())
        {
            _credits.Remove(departed);
        }

        return silos[chosen];
    }
}
