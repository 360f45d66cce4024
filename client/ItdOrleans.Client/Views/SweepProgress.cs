using ItdOrleans.Contracts;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Client.Views;

/// <summary>How far a sweep, or the trials of one learning rule, has come.</summary>
/// <param name="Label">"all trials" or the learning rule.</param>
/// <param name="IterationsDone">
/// Iterations trained: all of a finished trial's, and of any other trial (failed, diverged, cancelled,
/// running) those it trained, so that a sweep whose trials stopped early ends short of all its iterations.
/// </param>
public sealed record SweepProgress(string Label, int Trials, int Ended, long IterationsDone, long Iterations)
{
    /// <summary>The overall progress, then one per learning rule in the specification's order.</summary>
    public static IReadOnlyList<SweepProgress> Of(SweepStatus status)
    {
        var rules = status.Spec?.Rules ?? [.. status.Trials.Select(trial => trial.Spec.Rule).Distinct()];
        return
        [
            Of("all trials", status.Trials),
            .. rules.Select(rule => Of(rule, [.. status.Trials.Where(trial => trial.Spec.Rule == rule)])),
        ];
    }

    /// <summary>The fraction of the iterations trained, in [0, 1].</summary>
    public double Fraction => Iterations == 0 ? 1 : (double)IterationsDone / Iterations;

    private static SweepProgress Of(string label, IReadOnlyList<TrialRecord> trials) => new(
        label,
        trials.Count,
        trials.Count(trial => trial.HasEnded),
        trials.Sum(DoneOf),
        trials.Sum(trial => (long)trial.Spec.Iterations));

    private static long DoneOf(TrialRecord trial) => trial.Status == TrialStatus.Finished
        ? trial.Spec.Iterations
        : Math.Min(trial.IterationsDone, trial.Spec.Iterations);
}
