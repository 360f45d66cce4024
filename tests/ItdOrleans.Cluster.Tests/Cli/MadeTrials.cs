using ItdOrleans.Core.Training;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>Trial records made by hand, for tests of what itd prints and of the trials files it reads.</summary>
internal static class MadeTrials
{
    public static TrainingSpec Spec(string rule, int seed) => new()
    {
        Rule = rule,
        Iterations = 100,
        EvaluationInterval = 50,
        Seed = seed,
    };

    public static TrialRecord Finished(string rule, int seed, float testAccuracy) =>
        Finished(Spec(rule, seed), testAccuracy);

    public static TrialRecord Finished(TrainingSpec spec, float testAccuracy)
    {
        CurvePoint[] curve =
        [
            new(spec.EvaluationInterval, 2.1f, 0.2f, 2.0f, 0.25f, 2.0f, 0.24f),
            new(spec.Iterations, 0.3f, testAccuracy, 0.3f, testAccuracy, 0.3f, testAccuracy),
        ];
        var result = new TrainingResult(
            spec, TrainingStatus.Finished, spec.Iterations, testAccuracy, 0.3f, testAccuracy, curve);
        return TrialRecord.Pending(spec) with
        {
            Status = TrialStatus.Finished,
            IterationsDone = spec.Iterations,
            IterationsPerSecond = 1000,
            Result = result,
            Silo = "S127.0.0.1:11111:1",
            Attempts = 1,
        };
    }

    public static TrialRecord Failed(string rule, int seed, string error, string? silo) =>
        TrialRecord.Pending(Spec(rule, seed)) with
        {
            Status = TrialStatus.Failed,
            IterationsDone = 40,
            Error = error,
            Silo = silo,
            Attempts = 3,
        };

    /// <summary>A trials file, as 'itd sweep run --json' writes one.</summary>
    public static string Json(SweepSpec? sweep, params TrialRecord[] trials) =>
        SweepJson.WriteTrials(new SweepTrials { Sweep = sweep, Trials = trials });
}
