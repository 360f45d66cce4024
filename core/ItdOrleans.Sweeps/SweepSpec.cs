using ItdOrleans.Core.Data;

namespace ItdOrleans.Sweeps;

/// <summary>
/// A sweep: a grid of learning rules and hyperparameters, each point trained once per seed.
/// Every list is an axis of the grid; the trials are their Cartesian product.
/// </summary>
public sealed record SweepSpec
{
    public string Name { get; init; } = "sweep";

    /// <summary>Dataset name: mnist or fashion-mnist.</summary>
    public string Dataset { get; init; } = "mnist";

    public IReadOnlyList<string> Rules { get; init; } = ["vbp", "fba", "itd"];

    public IReadOnlyList<double> LearningRates { get; init; } = [1e-3];

    public IReadOnlyList<int> MinibatchSizes { get; init; } = [50];

    public IReadOnlyList<int> HiddenWidths { get; init; } = [32];

    /// <summary>Numbers of hidden layers.</summary>
    public IReadOnlyList<int> Depths { get; init; } = [3];

    public IReadOnlyList<int> Iterations { get; init; } = [100_000];

    public IReadOnlyList<string> Optimisers { get; init; } = ["sgd"];

    /// <summary>The seeds each grid point is trained with.</summary>
    public IReadOnlyList<int> Seeds { get; init; } = [1, 2, 3, 4, 5];

    public string Activation { get; init; } = "tanh";

    public string Initialisation { get; init; } = "paper";

    public int EvaluationInterval { get; init; } = 1_000;

    public bool EpochShuffling { get; init; }

    public Centring Centring { get; init; } = Centring.TrainingMean;
}
