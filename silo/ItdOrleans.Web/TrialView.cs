using ItdOrleans.Sweeps;

namespace ItdOrleans.Web;

/// <summary>One row of a sweep page's trial table; accuracies are fractions, null until evaluated.</summary>
public sealed record TrialView(
    string Key,
    string Rule,
    int Seed,
    double LearningRate,
    TrialStatus Status,
    int IterationsDone,
    int Iterations,
    double IterationsPerSecond,
    double? BestValidationAccuracy,
    double? TestAccuracy,
    string? Silo,
    string? Error)
{
    /// <summary>The row of a trial record.</summary>
    public static TrialView Of(TrialRecord trial) => new(
        trial.Key,
        trial.Spec.Rule,
        trial.Spec.Seed,
        trial.Spec.LearningRate,
        trial.Status,
        trial.IterationsDone,
        trial.Spec.Iterations,
        trial.IterationsPerSecond,
        Finite(trial.Result?.BestValidationAccuracy),
        Finite(trial.Result?.FinalTestAccuracy),
        trial.Silo,
        trial.Error);

    private static double? Finite(float? value) => value is { } number && float.IsFinite(number) ? number : null;
}
