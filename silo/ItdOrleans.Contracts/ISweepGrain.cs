using Orleans.Concurrency;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Contracts;

/// <summary>
/// A sweep, keyed by its sweep id: expands its grid into trials, fans them out over the cluster
/// with a limit on how many run at once, follows their progress and keeps their records.
/// </summary>
[Alias("itd.sweep")]
public interface ISweepGrain : IGrainWithStringKey
{
    /// <summary>
    /// Validates the specification, checks that this silo or another active one has its dataset, and
    /// starts the sweep, returning at once. Starting again with an equal specification just reports
    /// the status; a different one under the same id is refused.
    /// </summary>
    /// <exception cref="ArgumentException">The specification is invalid or its data is missing; the message
    /// lists every problem, as a <see cref="SweepSpecException"/> would.</exception>
    /// <exception cref="InvalidOperationException">The id is taken by a different specification.</exception>
    [Alias("start")]
    Task<SweepStatus> Start(SweepSpec spec);

    /// <summary>
    /// The sweep's state and a record per trial. Learning curves are left out unless asked for,
    /// to keep frequent polling cheap; final metrics are always there.
    /// </summary>
    [Alias("status")]
    Task<SweepStatus> GetStatus(bool includeCurves = false);

    /// <summary>
    /// Makes sure a running sweep is following its trials, as it does after any reactivation;
    /// silos call it for every running sweep, so that no sweep waits for a client. Idempotent.
    /// </summary>
    [Alias("resume")]
    Task Resume();

    /// <summary>
    /// Told by one of its trials, by its trial key, that it has ended, so that the sweep takes its record
    /// and starts the next trial now rather than at its next poll. Without it the sweep still learns at
    /// that poll.
    /// </summary>
    [Alias("trial-ended"), OneWay]
    Task TrialEnded(string trialKey);

    /// <summary>Cancels the trials not yet ended (keeping the ended ones) and ends the sweep.</summary>
    [Alias("cancel")]
    Task<SweepStatus> Cancel();
}
