using ItdOrleans.Core.Data;
using ItdOrleans.Core.Training;

namespace ItdOrleans.Benchmarks;

/// <summary>Training iterations per second of one rule on the paper's network, one thread.</summary>
internal static class SpeedBenchmark
{
    private const int Warmup = 2_000;

    public static double IterationsPerSecond(DatasetSplits data, string rule, int iterations)
    {
        var spec = new TrainingSpec
        {
            Rule = rule,
            LearningRate = 1e-3,
            MinibatchSize = 50,
            Iterations = int.MaxValue,
            EvaluationInterval = int.MaxValue,
        };
        var trainer = Trainer.Create(spec, data);
        trainer.Run(Warmup);
        var best = 0.0;
        for (var repeat = 0; repeat < 3; repeat++)
        {
            var start = ThreadClock.Seconds();
            trainer.Run(iterations);
            best = Math.Max(best, iterations / (ThreadClock.Seconds() - start));
        }

        if (trainer.Status != TrainingStatus.Running)
        {
            throw new InvalidOperationException($"{rule} stopped with status {trainer.Status}");
        }

        return best;
    }
}
