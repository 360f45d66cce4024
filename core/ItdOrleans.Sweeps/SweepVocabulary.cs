using ItdOrleans.Core.Data;

namespace ItdOrleans.Sweeps;

/// <summary>The names a sweep specification may use for its categorical settings.</summary>
public static class SweepVocabulary
{
    public static IReadOnlyList<string> Rules { get; } = ["vbp", "fba", "itd", "itd-mul", "dfa"];

    public static IReadOnlyList<string> Activations { get; } = ["tanh", "sigmoid", "relu"];

    public static IReadOnlyList<string> Optimisers { get; } = ["sgd", "momentum", "adam"];

    public static IReadOnlyList<string> Initialisations { get; } = ["paper", "xavier", "he"];

    public static IReadOnlyList<string> Datasets { get; } = ["mnist", "fashion-mnist"];

    /// <summary>Centring names as written in a specification: training-mean and per-split.</summary>
    public static IReadOnlyDictionary<string, Centring> Centrings { get; } = new Dictionary<string, Centring>
    {
        ["training-mean"] = Centring.TrainingMean,
        ["per-split"] = Centring.PerSplit,
    };

    /// <summary>The name a centring is written with.</summary>
    public static string NameOf(Centring centring) => Centrings.First(pair => pair.Value == centring).Key;
}
