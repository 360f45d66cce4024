using ItdOrleans.Contracts;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>The size of the trials of the durability tests: long enough to interrupt, short enough to rerun.</summary>
internal static class DurableTrials
{
    // Long enough that a busy machine still catches a trial between its first checkpoints and its middle.
    public const int Iterations = 40_000;

    public const int EvaluationInterval = 2_000;

    /// <summary>Matches Itd:CheckpointInterval of <see cref="DurableSettings.Silo"/>.</summary>
    public const int CheckpointInterval = 100;

    /// <summary>
    /// Whether a trial is training, past a checkpoint, and far enough from its end that it is
    /// still training when the test acts on it a moment later.
    /// </summary>
    public static bool IsMidTraining(TrialRecord trial) =>
        trial.Status == TrialStatus.Running
        && trial.IterationsDone >= 2 * CheckpointInterval
        && trial.IterationsDone < Iterations / 2;

    /// <summary>
    /// A sweep's trials as their grains report them now: fresher than the sweep's own status,
    /// which collects its trials' progress only every poll interval.
    /// </summary>
    public static async Task<IReadOnlyList<TrialRecord>> ReadNow(IGrainFactory grains, ISweepGrain sweep)
    {
        var status = await sweep.GetStatus();
        var records = await Task.WhenAll(status.Trials.Select(trial => grains.GetTrial(trial.Key).GetRecord()));
        return records.OfType<TrialRecord>().ToList();
    }
}
