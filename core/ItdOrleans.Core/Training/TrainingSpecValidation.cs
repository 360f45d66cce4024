using ItdOrleans.Core.Data;
using ItdOrleans.Core.Network;
using ItdOrleans.Core.Rules;

namespace ItdOrleans.Core.Training;

/// <summary>Checks a training specification against the registries and a dataset.</summary>
internal static class TrainingSpecValidation
{
    /// <summary>Throws an <see cref="ArgumentException"/> naming the first bad field.</summary>
    public static void Validate(TrainingSpec spec, DatasetSplits data)
    {
        Require(LearningRules.Names.Contains(spec.Rule), nameof(spec.Rule),
            $"'{spec.Rule}' is not one of {string.Join(", ", LearningRules.Names)}");
        Require(Activations.Names.Contains(spec.Activation), nameof(spec.Activation),
            $"'{spec.Activation}' is not one of {string.Join(", ", Activations.Names)}");
        Require(WeightInitialisation.Names.Contains(spec.Initialisation), nameof(spec.Initialisation),
            $"'{spec.Initialisation}' is not one of {string.Join(", ", WeightInitialisation.Names)}");
        Require(Optimisers.OptimiserRegistry.Names.Contains(spec.Optimiser), nameof(spec.Optimiser),
            $"'{spec.Optimiser}' is not one of {string.Join(", ", Optimisers.OptimiserRegistry.Names)}");
        Require(spec.Dataset == data.Name, nameof(spec.Dataset),
            $"the specification names '{spec.Dataset}' but the data is '{data.Name}'");
        Require(spec.HiddenWidth > 0, nameof(spec.HiddenWidth), $"{spec.HiddenWidth} must be positive");
        Require(spec.HiddenLayers >= 0, nameof(spec.HiddenLayers), $"{spec.HiddenLayers} must not be negative");
        Require(double.IsFinite(spec.LearningRate) && spec.LearningRate > 0, nameof(spec.LearningRate),
            $"{spec.LearningRate} must be positive and finite");
        Require(spec.Momentum is >= 0 and < 1, nameof(spec.Momentum), $"{spec.Momentum} must be in [0, 1)");
        Require(spec.Beta2 is >= 0 and < 1, nameof(spec.Beta2), $"{spec.Beta2} must be in [0, 1)");
        Require(spec.MinibatchSize > 0 && spec.MinibatchSize <= data.Train.Count, nameof(spec.MinibatchSize),
            $"{spec.MinibatchSize} must be between 1 and the {data.Train.Count} training images");
        Require(spec.Iterations >= 0, nameof(spec.Iterations), $"{spec.Iterations} must not be negative");
        Require(spec.EvaluationInterval > 0, nameof(spec.EvaluationInterval),
            $"{spec.EvaluationInterval} must be positive");
        Require(Enum.IsDefined(spec.Centring), nameof(spec.Centring), $"{(int)spec.Centring} is not a centring");
    }

    private static void Require(bool condition, string field, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"training specification field {field}: {problem}", field);
        }
    }
}
