using ItdOrleans.Core.Data;
using ItdOrleans.Core.Network;
using ItdOrleans.Core.Optimisers;
using ItdOrleans.Core.Rules;

namespace ItdOrleans.Sweeps;

/// <summary>The names a sweep specification may use for its categorical settings, as the core registers them.</summary>
public static class SweepVocabulary
{
    public static IReadOnlyList<string> Rules { get; } = [.. LearningRules.Names];

    public static IReadOnlyList<string> Activations { get; } = [.. Core.Network.Activations.Names];

    public static IReadOnlyList<string> Optimisers { get; } = [.. OptimiserRegistry.Names];

    public static IReadOnlyList<string> Initialisations { get; } = [.. WeightInitialisation.Names];

    public static IReadOnlyList<string> Datasets { get; } = DatasetCatalog.Names;

    /// <summary>Centring names as written in a specification: training-mean and per-split.</summary>
    public static IReadOnlyDictionary<string, Centring> Centrings { get; } = new Dictionary<string, Centring>
    {
        ["training-mean"] = Centring.TrainingMean,
        ["per-split"] = Centring.PerSplit,
    };

    /// <summary>The name a centring is written with.</summary>
    public static string NameOf(Centring centring) => Centrings.First(pair => pair.Value == centring).Key;
}
