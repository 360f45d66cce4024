using System.Globalization;
using ItdOrleans.Core.Training;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Client.Commands;

/// <summary>
/// What makes a trial's specification one that cannot have trained, named by its field in a trials
/// file. The checks are the trainer's own that need no dataset at hand.
/// </summary>
internal static class TrainingSpecProblems
{
    /// <summary>Every problem of the specification; empty when it could have trained.</summary>
    public static IEnumerable<string> Of(TrainingSpec spec)
    {
        (bool Holds, string Problem)[] checks =
        [
            Known("rule", spec.Rule, SweepVocabulary.Rules),
            Known("dataset", spec.Dataset, SweepVocabulary.Datasets),
            Known("activation", spec.Activation, SweepVocabulary.Activations),
            Known("initialisation", spec.Initialisation, SweepVocabulary.Initialisations),
            Known("optimiser", spec.Optimiser, SweepVocabulary.Optimisers),
            (spec.HiddenWidth >= 1, $"hiddenWidth is {spec.HiddenWidth}; it must be at least 1"),
            (spec.HiddenLayers >= 0, $"hiddenLayers is {spec.HiddenLayers}; it must not be negative"),
            (double.IsFinite(spec.LearningRate) && spec.LearningRate > 0,
                $"learningRate is {Show(spec.LearningRate)}; it must be a positive number"),
            (spec.Momentum is >= 0 and < 1, $"momentum is {Show(spec.Momentum)}; it must be at least 0 and below 1"),
            (spec.Beta2 is >= 0 and < 1, $"beta2 is {Show(spec.Beta2)}; it must be at least 0 and below 1"),
            (spec.MinibatchSize >= 1, $"minibatchSize is {spec.MinibatchSize}; it must be at least 1"),
            (spec.Iterations >= 0, $"iterations is {spec.Iterations}; it must not be negative"),
            (spec.EvaluationInterval >= 1, $"evaluationInterval is {spec.EvaluationInterval}; it must be at least 1"),
        ];
        return checks.Where(check => !check.Holds).Select(check => $"spec.{check.Problem}");
    }

    private static (bool, string) Known(string field, string name, IReadOnlyList<string> known) =>
        (known.Contains(name), $"{field} '{name}' is not one of {string.Join(", ", known)}");

    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
