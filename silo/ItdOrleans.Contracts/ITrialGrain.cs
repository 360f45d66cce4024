using ItdOrleans.Core.Training;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Contracts;

/// <summary>
/// One trial: trains one specification once, on whichever silo it was placed, keyed by
/// <see cref="TrialKey.Of"/> of that specification so every sweep asking for it shares the run.
/// </summary>
[Alias("itd.trial")]
public interface ITrialGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts training in the background and returns at once with the current record. Idempotent:
    /// a trial that is pending, running or has finished or diverged is not trained again, a cancelled
    /// one resumes from its last checkpoint, and a failed one is trained again from the start only
    /// for a sweep that has not asked for it before.
    /// </summary>
    /// <param name="spec">The specification; its <see cref="TrialKey"/> must equal this grain's key.</param>
    /// <param name="sweepId">The sweep that wants this trial, so that cancelling one sweep leaves
    /// a trial another sweep still wants running.</param>
    /// <exception cref="ArgumentException">The specification does not match this grain's key.</exception>
    [Alias("start")]
    Task<TrialRecord> Start(TrainingSpec spec, string sweepId);

    /// <summary>
    /// The trial as it stands: status, iterations done, speed, the silo that runs it, attempts and,
    /// once the first slice is done, its result so far with the learning curve.
    /// </summary>
    /// <returns>Null when the trial was never started.</returns>
    [Alias("record")]
    Task<TrialRecord?> GetRecord();

    /// <summary>
    /// Withdraws a sweep's interest; training stops (keeping a checkpoint) once no sweep wants it,
    /// before this call returns. Ended trials are left as they are.
    /// </summary>
    /// <returns>The record after cancelling; null when the trial was never started.</returns>
    [Alias("cancel")]
    Task<TrialRecord?> Cancel(string sweepId);
}
