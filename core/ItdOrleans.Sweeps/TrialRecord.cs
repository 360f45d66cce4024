using ItdOrleans.Core.Training;

namespace ItdOrleans.Sweeps;

/// <summary>
/// One trial of a sweep as the sweep knows it: its specification, status, progress and,
/// once it has ended, its result.
/// </summary>
/// <param name="Key">Stable identity derived from the specification, see <see cref="TrialKey"/>.</param>
/// <param name="IterationsPerSecond">Training speed measured on the silo that ran it.</param>
/// <param name="Silo">The silo that ran (or runs) it.</param>
/// <param name="Attempts">How many times training was started, retries included.</param>
public sealed record TrialRecord(
    string Key,
    TrainingSpec Spec,
    TrialStatus Status,
    int IterationsDone,
    double IterationsPerSecond,
    TrainingResult? Result,
    string? Error,
    string? Silo,
    int Attempts)
{
    /// <summary>The data the trial trained on; null before it started.</summary>
    public DataCopy? Data { get; init; }

    /// <summary>A trial that has not started.</summary>
    public static TrialRecord Pending(TrainingSpec spec) =>
        new(TrialKey.Of(spec), spec, TrialStatus.Pending, 0, 0, null, null, null, 0);

    /// <summary>True once the trial will not change any more.</summary>
    public bool HasEnded => Status is TrialStatus.Finished or TrialStatus.Diverged
        or TrialStatus.Failed or TrialStatus.Cancelled;
}
