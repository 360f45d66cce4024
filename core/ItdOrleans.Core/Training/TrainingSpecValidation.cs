using System.Globalization;
using ItdOrleans.Core.Data;
using ItdOrleans.Core.Network;
using ItdOrleans.Core.Optimisers;
using ItdOrleans.Core.Rules;

namespace ItdOrleans.Core.Training;

/// <summary>Checks a training specification against the registries and the size of its dataset.</summary>
public static class TrainingSpecValidation
{
    /// <summary>
    /// Every problem of the specification, each naming its field as the wire format spells it;
    /// empty when it can train. The minibatch is checked against the dataset's catalogued size.
    /// </summary>
    public static IReadOnlyList<string> Problems(TrainingSpec spec)
    {
        var known = DatasetCatalog.Names.Contains(spec.Dataset);
        var trainingImages = known ? DatasetCatalog.ShapeOf(spec.Dataset).TrainingImages : (int?)null;
        var dataset = Known("dataset", spec.Dataset, DatasetCatalog.Names);
        return [.. Checks(spec, trainingImages).Prepend(dataset).Where(c => !c.Holds).Select(c => c.Problem)];
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first problem, data mismatch included.</summary>
    internal static void Validate(TrainingSpec spec, DatasetSplits data)
    {
        (bool Holds, string Problem) sameData =
            (spec.Dataset == data.Name, $"dataset is '{spec.Dataset}' but the data is '{data.Name}'");
        var problem = Checks(spec, data.Train.Count).Prepend(sameData).FirstOrDefault(c => !c.Holds).Problem;
        if (problem is not null)
        {
            throw new ArgumentException($"training specification: {problem}", nameof(spec));
        }
    }

    // Every check but whether the dataset is known, with the training images when they are known.
    private static IEnumerable<(bool Holds, string Problem)> Checks(TrainingSpec spec, int? trainingImages) =>
    [
        Known("rule", spec.Rule, LearningRules.Names),
        Known("activation", spec.Activation, Activations.Names),
        Known("initialisation", spec.Initialisation, WeightInitialisation.Names),
        Known("optimiser", spec.Optimiser, OptimiserRegistry.Names),
        (spec.HiddenWidth >= 1, $"hiddenWidth is {spec.HiddenWidth}; it must be at least 1"),
        (spec.HiddenLayers >= 0, $"hiddenLayers is {spec.HiddenLayers}; it must not be negative"),
        (double.IsFinite(spec.LearningRate) && spec.LearningRate > 0,
            $"learningRate is {Show(spec.LearningRate)}; it must be a positive number"),
        (spec.Momentum is >= 0 and < 1, $"momentum is {Show(spec.Momentum)}; it must be at least 0 and below 1"),
        (spec.Beta2 is >= 0 and < 1, $"beta2 is {Show(spec.Beta2)}; it must be at least 0 and below 1"),
        (spec.MinibatchSize >= 1, $"minibatchSize is {spec.MinibatchSize}; it must be at least 1"),
        (spec.MinibatchSize <= (trainingImages ?? int.MaxValue),
            $"minibatchSize is {spec.MinibatchSize}; there are only {trainingImages} training images"),
        (spec.Iterations >= 0, $"iterations is {spec.Iterations}; it must not be negative"),
        (spec.EvaluationInterval >= 1, $"evaluationInterval is {spec.EvaluationInterval}; it must be at least 1"),
        (Enum.IsDefined(spec.Centring), $"centring is {(int)spec.Centring}; it is not a centring"),
    ];

    private static (bool Holds, string Problem) Known(string field, string name, IReadOnlyCollection<string> known) =>
        (known.Contains(name), $"{field} '{name}' is not one of {string.Join(", ", known)}");

    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
