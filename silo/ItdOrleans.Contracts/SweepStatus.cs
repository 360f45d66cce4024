using ItdOrleans.Sweeps;

namespace ItdOrleans.Contracts;

/// <summary>A sweep as it stands: its specification, its state and a record per trial.</summary>
/// <param name="Spec">Null when the sweep was never started.</param>
/// <param name="Trials">One record per trial in grid order.</param>
[GenerateSerializer, Immutable, Alias("itd.SweepStatus")]
public sealed record SweepStatus(
    string SweepId,
    SweepSpec? Spec,
    SweepState State,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    IReadOnlyList<TrialRecord> Trials)
{
    /// <summary>The status of a sweep id that was never started.</summary>
    public static SweepStatus NotStarted(string sweepId) =>
        new(sweepId, null, SweepState.NotStarted, null, null, []);

    /// <summary>Number of trials with the given status.</summary>
    public int Count(TrialStatus status) => Trials.Count(trial => trial.Status == status);

    /// <summary>Number of trials that will not change any more.</summary>
    public int Ended => Trials.Count(trial => trial.HasEnded);

    /// <summary>A one-line summary of this status for the sweep list.</summary>
    public SweepSummary Summary() =>
        new(SweepId, Spec?.Name ?? "", State, Trials.Count, Ended, StartedAt, EndedAt);
}
