using ItdOrleans.Core.Training;

namespace ItdOrleans.Sweeps.Tests;

/// <summary>Trial records built by hand, with known metrics, for the table and export tests.</summary>
internal static class HandMadeTrials
{
    /// <summary>The short run of the paper: 5,000 iterations, learning rate 1e-2, minibatch 100.</summary>
    public static TrainingSpec ShortRun(string rule, int seed) => new()
    {
        Rule = rule,
        LearningRate = 1e-2,
        MinibatchSize = 100,
        Iterations = 5_000,
        EvaluationInterval = 100,
        Seed = seed,
    };

    public static TrialRecord Finished(
        TrainingSpec spec, float testAccuracy, float testLoss, float bestValidation, double iterationsPerSecond)
    {
        CurvePoint[] curve =
        [
            new(spec.EvaluationInterval, 2.1f, 0.2f, 2.0f, 0.25f, 2.0f, 0.24f),
            new(spec.Iterations, testLoss, testAccuracy, testLoss, bestValidation, testLoss, testAccuracy),
        ];
        var result = new TrainingResult(
            spec, TrainingStatus.Finished, spec.Iterations, testAccuracy, testLoss, bestValidation, curve);
        return TrialRecord.Pending(spec) with
        {
            Status = TrialStatus.Finished,
            IterationsDone = spec.Iterations,
            IterationsPerSecond = iterationsPerSecond,
            Result = result,
            Silo = "silo-1",
            Attempts = 1,
        };
    }

    public static TrialRecord Diverged(TrainingSpec spec, double iterationsPerSecond)
    {
        var result = new TrainingResult(spec, TrainingStatus.Diverged, 700, 0.098f, float.NaN, 0.6f, []);
        return TrialRecord.Pending(spec) with
        {
            Status = TrialStatus.Diverged,
            IterationsDone = 700,
            IterationsPerSecond = iterationsPerSecond,
            Result = result,
            Attempts = 1,
        };
    }

    public static TrialRecord Failed(TrainingSpec spec, double iterationsPerSecond) =>
        TrialRecord.Pending(spec) with
        {
            Status = TrialStatus.Failed,
            IterationsPerSecond = iterationsPerSecond,
            Error = "out of memory",
            Attempts = 3,
        };
}
