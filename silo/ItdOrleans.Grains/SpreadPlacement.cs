namespace ItdOrleans.Grains;

/// <summary>
/// Places new activations on the compatible silos in turn, so the trials of a sweep spread
/// evenly over the cluster; see <see cref="SpreadPlacementDirector"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("itd.SpreadPlacement")]
public sealed class SpreadPlacement : PlacementStrategy
{
    internal static SpreadPlacement Singleton { get; } = new();
}
