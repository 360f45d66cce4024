using Orleans.Placement;

namespace ItdOrleans.Grains;

/// <summary>Places a grain class by <see cref="SlotWeightedPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class SlotWeightedPlacementAttribute() : PlacementAttribute(SlotWeightedPlacement.Singleton);
