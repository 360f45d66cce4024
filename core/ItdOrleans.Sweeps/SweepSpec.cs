using System.Globalization;
using ItdOrleans.Core.Data;

namespace ItdOrleans.Sweeps;

/// <summary>
/// A sweep: a grid of learning rules and hyperparameters, each point trained once per seed.
/// Every list is an axis of the grid; the trials are their Cartesian product (see <see cref="SweepGrid"/>).
/// </summary>
/// <remarks>Equality compares the axes element by element, so a specification read back equals the original.</remarks>
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

    /// <summary>
    /// The most seeds a count may ask for. Far more trials than any sweep may have, it keeps a count
    /// written by mistake (seeds: 1000000000) from filling the memory before the grid's limit is checked.
    /// </summary>
    public const int MaxSeedCount = 1_000_000;

    /// <summary>The same sweep trained with seeds 1 to <paramref name="count"/>.</summary>
    public SweepSpec WithSeeds(int count) => SeedCountProblem(count) is { } problem
        ? throw new SweepSpecException(Name, [$"the number of seeds {problem}"])
        : this with { Seeds = [.. Enumerable.Range(1, count)] };

    /// <summary>What is wrong with a count of seeds, as "must be ...", or null when it can be used.</summary>
    public static string? SeedCountProblem(int count) => count switch
    {
        < 1 => $"must be at least 1, got {count}",
        > MaxSeedCount => string.Create(
            CultureInfo.InvariantCulture, $"must be at most {MaxSeedCount:N0}, got {count:N0}"),
        _ => null,
    };

    /// <summary>The same sweep with every trial trained for <paramref name="iterations"/> iterations.</summary>
    public SweepSpec WithIterations(int iterations) => iterations >= 1
        ? this with { Iterations = [iterations] }
        : throw new SweepSpecException(Name, [$"the number of iterations must be at least 1, got {iterations}"]);

    public bool Equals(SweepSpec? other) =>
        other is not null
        && Name == other.Name
        && Dataset == other.Dataset
        && Rules.SequenceEqual(other.Rules)
        && LearningRates.SequenceEqual(other.LearningRates)
        && MinibatchSizes.SequenceEqual(other.MinibatchSizes)
        && HiddenWidths.SequenceEqual(other.HiddenWidths)
        && Depths.SequenceEqual(other.Depths)
        && Iterations.SequenceEqual(other.Iterations)
        && Optimisers.SequenceEqual(other.Optimisers)
        && Seeds.SequenceEqual(other.Seeds)
        && Activation == other.Activation
        && Initialisation == other.Initialisation
        && EvaluationInterval == other.EvaluationInterval
        && EpochShuffling == other.EpochShuffling
        && Centring == other.Centring;

    public override int GetHashCode() => HashCode.Combine(Name, Dataset, Rules.Count, Seeds.Count);
}
