using ItdOrleans.Contracts;

namespace ItdOrleans.Web;

/// <summary>A sweep as the sweep page polls it: its state, progress, settings drawn and trials.</summary>
/// <param name="Settings">Labels of the learning-curve figures, in the order of their SVG endpoints.</param>
public sealed record SweepView(
    string SweepId,
    string Name,
    SweepState State,
    int TrialCount,
    int Ended,
    long IterationsDone,
    long Iterations,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    IReadOnlyList<string> Settings,
    IReadOnlyList<TrialView> Trials)
{
    /// <summary>The view of a sweep's status.</summary>
    public static SweepView Of(SweepStatus status) => new(
        status.SweepId,
        status.Spec?.Name ?? "",
        status.State,
        status.Trials.Count,
        status.Ended,
        status.Trials.Sum(trial => (long)trial.IterationsDone),
        status.Trials.Sum(trial => (long)trial.Spec.Iterations),
        status.StartedAt,
        status.EndedAt,
        [.. LiveCurves.Settings(status.Trials).Select(setting => setting.Label)],
        [.. status.Trials.Select(TrialView.Of)]);
}
