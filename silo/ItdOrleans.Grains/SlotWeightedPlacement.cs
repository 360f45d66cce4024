namespace ItdOrleans.Grains;

/// <summary>
/// Places new activations on the compatible silos in proportion to their training slots, so the
/// trials of a sweep spread over the cluster by its cores; see <see cref="SlotWeightedPlacementDirector"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("itd.SlotWeightedPlacement")]
public sealed class SlotWeightedPlacement : PlacementStrategy
{
    internal static SlotWeightedPlacement Singleton { get; } = new();
}
