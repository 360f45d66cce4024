using Orleans.Placement;

namespace ItdOrleans.Grains;

/// <summary>Places a grain class by <see cref="SpreadPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class SpreadPlacementAttribute() : PlacementAttribute(SpreadPlacement.Singleton);
