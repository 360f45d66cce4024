namespace ItdOrleans.Core.Optimisers;

/// <summary>The optimisers by the names specifications use.</summary>
public static class OptimiserRegistry
{
    private static readonly Dictionary<string, Func<OptimiserSettings, IOptimiser>> Registry =
        new(StringComparer.Ordinal)
        {
            ["sgd"] = s => new SgdOptimiser((float)s.LearningRate),
            ["momentum"] = s => new MomentumOptimiser((float)s.LearningRate, (float)s.Momentum, s.SlotSizes),
            ["adam"] = s => new AdamOptimiser((float)s.LearningRate, s.Momentum, s.Beta2, s.SlotSizes),
        };

    /// <summary>Every registered optimiser name.</summary>
    public static IReadOnlyCollection<string> Names => Registry.Keys;

    /// <summary>The optimiser called <paramref name="name"/>.</summary>
    internal static IOptimiser Create(string name, OptimiserSettings settings) =>
        Registry.TryGetValue(name, out var create)
            ? create(settings)
            : throw new ArgumentException(
                $"unknown optimiser '{name}'; expected one of {string.Join(", ", Registry.Keys)}", nameof(name));
}
