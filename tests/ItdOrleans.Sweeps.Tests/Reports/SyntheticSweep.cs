using ItdOrleans.Core.Training;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Sweeps.Tests.Reports;

/// <summary>
/// Finished trials with learning curves shaped like real ones (loss falling and accuracy rising
/// towards a per-rule plateau, with seed-to-seed noise), for testing reports without training.
/// </summary>
internal static class SyntheticSweep
{
    /// <summary>The plateau test accuracy (a fraction) each rule approaches at learning rate 1e-2.</summary>
    public static readonly IReadOnlyDictionary<string, double> Plateaus = new Dictionary<string, double>
    {
        ["vbp"] = 0.915,
        ["fba"] = 0.876,
        ["itd"] = 0.833,
    };

    public static SweepSpec Spec(params double[] learningRates) => new()
    {
        Name = "synthetic",
        Rules = [.. Plateaus.Keys],
        LearningRates = learningRates,
        MinibatchSizes = [100],
        Iterations = [5_000],
        Seeds = [1, 2, 3, 4, 5],
        EvaluationInterval = 250,
    };

    /// <summary>One finished trial per rule, learning rate and seed of the specification.</summary>
    public static IReadOnlyList<TrialRecord> Records(SweepSpec spec) =>
        [.. from rate in spec.LearningRates
            from rule in spec.Rules
            from seed in spec.Seeds
            select Finished(TrialSpec(spec, rule, rate, seed))];

    public static TrainingSpec TrialSpec(SweepSpec spec, string rule, double learningRate, int seed) => new()
    {
        Rule = rule,
        LearningRate = learningRate,
        MinibatchSize = spec.MinibatchSizes[0],
        Iterations = spec.Iterations[0],
        EvaluationInterval = spec.EvaluationInterval,
        Seed = seed,
    };

    /// <summary>A finished trial whose final test accuracy is given exactly.</summary>
    public static TrialRecord WithAccuracy(string rule, int seed, double finalTestAccuracy)
    {
        var spec = new TrainingSpec { Rule = rule, Seed = seed, Iterations = 1_000, EvaluationInterval = 500 };
        var curve = new[]
        {
            new CurvePoint(500, 1f, 0.5f, 1f, 0.5f, 1f, 0.5f),
            new CurvePoint(1_000, 0.5f, (float)finalTestAccuracy, 0.5f, (float)finalTestAccuracy,
                0.5f, (float)finalTestAccuracy),
        };
        return Record(spec, curve, (float)finalTestAccuracy);
    }

    private static TrialRecord Finished(TrainingSpec spec)
    {
        var random = new Random(spec.Seed * 7_919 + spec.Rule.Length);

        // Too small or too large a learning rate lowers the plateau, as in a real sweep.
        var distance = Math.Abs(Math.Log10(spec.LearningRate) + 2);
        var plateau = Plateaus[spec.Rule] - 0.08 * distance * distance + 0.006 * Noise(random);
        var speed = 600 + 150 * Noise(random);

        var curve = new List<CurvePoint>();
        var interval = spec.EvaluationInterval;
        for (var iteration = interval; iteration <= spec.Iterations; iteration += interval)
        {
            var progress = 1 - Math.Exp(-iteration / speed);
            var accuracy = 0.1 + (plateau - 0.1) * progress;
            var loss = 2.3 * (1 - progress) + (1 - plateau) * 2.2 * progress;
            curve.Add(new CurvePoint(
                iteration,
                (float)(loss * (1 + 0.15 * Noise(random))),
                (float)Math.Clamp(accuracy + 0.04 * Noise(random), 0, 1),
                (float)(loss * 1.02),
                (float)(accuracy - 0.003),
                (float)(loss * 1.03),
                (float)(accuracy - 0.005 + 0.002 * Noise(random))));
        }

        return Record(spec, curve, curve[^1].TestAccuracy);
    }

    private static TrialRecord Record(TrainingSpec spec, IReadOnlyList<CurvePoint> curve, float finalTestAccuracy)
    {
        var result = new TrainingResult(
            spec,
            TrainingStatus.Finished,
            spec.Iterations,
            finalTestAccuracy,
            curve[^1].TestLoss,
            curve.Max(point => point.ValidationAccuracy),
            curve);
        return TrialRecord.Pending(spec) with
        {
            Status = TrialStatus.Finished,
            IterationsDone = spec.Iterations,
            Result = result,
        };
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Noise(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
