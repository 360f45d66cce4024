using ItdOrleans.Core.Training;

namespace ItdOrleans.Sweeps;

/// <summary>
/// Expands a sweep into its trials. The order is fixed: seeds outermost, then learning rate,
/// minibatch size, hidden width, depth, iterations and optimiser, with the learning rule varying
/// fastest. Trials started in that order finish every rule of a configuration and seed together,
/// so a sweep stopped part-way still compares the rules on equal terms.
/// </summary>
public static class SweepGrid
{
    /// <summary>The number of trials, saturating at <see cref="long.MaxValue"/>.</summary>
    public static long Count(SweepSpec spec)
    {
        int[] sizes =
        [
            spec.Seeds.Count, spec.LearningRates.Count, spec.MinibatchSizes.Count, spec.HiddenWidths.Count,
            spec.Depths.Count, spec.Iterations.Count, spec.Optimisers.Count, spec.Rules.Count,
        ];
        var count = 1L;
        foreach (var size in sizes)
        {
            count = size != 0 && count > long.MaxValue / size ? long.MaxValue : count * size;
        }

        return count;
    }

    /// <summary>Every trial of the sweep in grid order; validate the sweep first.</summary>
    public static IReadOnlyList<TrainingSpec> Expand(SweepSpec spec) =>
    [
        .. from seed in spec.Seeds
           from learningRate in spec.LearningRates
           from minibatchSize in spec.MinibatchSizes
           from hiddenWidth in spec.HiddenWidths
           from depth in spec.Depths
           from iterations in spec.Iterations
           from optimiser in spec.Optimisers
           from rule in spec.Rules
           select new TrainingSpec
           {
               Rule = rule,
               Dataset = spec.Dataset,
               Activation = spec.Activation,
               HiddenWidth = hiddenWidth,
               HiddenLayers = depth,
               Initialisation = spec.Initialisation,
               Optimiser = optimiser,
               LearningRate = learningRate,
               MinibatchSize = minibatchSize,
               Iterations = iterations,
               EvaluationInterval = spec.EvaluationInterval,
               EpochShuffling = spec.EpochShuffling,
               Centring = spec.Centring,
               Seed = seed,
           },
    ];
}
