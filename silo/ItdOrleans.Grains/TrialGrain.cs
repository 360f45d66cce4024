using System.Diagnostics;
using ItdOrleans.Contracts;
using ItdOrleans.Core.Training;
using ItdOrleans.ServiceDefaults;
using ItdOrleans.Sweeps;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItdOrleans.Grains;

/// <summary>
/// Trains one trial on the thread pool, a slice of iterations at a time, so that between slices
/// it reports progress, honours cancellation and checkpoints its trainer; a run that throws is
/// retried from its last checkpoint a few times before the trial is marked failed.
/// </summary>
/// <remarks>
/// Grain state is only touched on the grain's own turns: the trainer runs on the thread pool
/// between awaits and is read only when its slice has returned. While grain storage is out of reach
/// the run waits at its next write, and carries on once storage is back; an outage is no failure.
/// </remarks>
[SlotWeightedPlacement]
public sealed partial class TrialGrain(
    [PersistentState(GrainStorage.TrialState, GrainStorage.Provider)] IPersistentState<TrialGrainState> state,
    TrainingSlots slots,
    DatasetProvider datasets,
    ILocalSiloDetails silo,
    SweepMetrics metrics,
    StorageOutage outage,
    IOptions<ItdOptions> options,
    IEnumerable<ITrialFaults> faults,
    ILogger<TrialGrain> logger) : Grain, ITrialGrain
{
    private const int FirstSlice = 10;

    private static readonly TimeSpan KeepAliveWhileTraining = TimeSpan.FromMinutes(5);

    private readonly CancellationTokenSource _abandonWrites = new();

    private Task? _run;
    private CancellationTokenSource? _stop;
    private bool _deactivating;
    private StateWriter<TrialGrainState>? _writer;
    private int _lastEvaluation = -1;

    private TrialGrainState Trial => state.State;

    private StateWriter<TrialGrainState> Writer => _writer ??= new(state, this, outage, logger);

    private string Key => this.GetPrimaryKeyString();

    private bool IsRunning => _run is { IsCompleted: false };

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Trial.Spec is null)
        {
            return;
        }

        if (Trial.Status == TrialStatus.Running && !await CountInterruptionAsync(Trial.Spec))
        {
            return;
        }

        // Pending: its silo stopped or died under it, or it was waiting for a slot; carry on from the checkpoint.
        if (Trial.Status == TrialStatus.Pending)
        {
            Launch();
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (!IsRunning)
        {
            return;
        }

        _deactivating = true;
        _stop!.Cancel();
        try
        {
            await _run!.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Out of time, storage perhaps out of reach: the trial resumes from its previous checkpoint when next
            // activated, and the run stops waiting to write.
            await _abandonWrites.CancelAsync();
        }
    }

    public async Task<TrialRecord> Start(TrainingSpec spec, string sweepId)
    {
        var specKey = TrialKey.Of(spec);
        if (specKey != Key)
        {
            throw new ArgumentException(
                $"Trial {Key} cannot train a specification whose trial key is {specKey}.", nameof(spec));
        }

        Trial.Spec ??= spec;
        var retrain = Trial.Status == TrialStatus.Failed && !Trial.Sweeps.Contains(sweepId);
        if (IsRunning && (retrain || Trial.Status == TrialStatus.Cancelled))
        {
            // The run is finishing its last slice or its failure; let it write the trial's state first.
            await _run!;
        }

        Trial.Sweeps.Add(sweepId);
        if (retrain)
        {
            // What failed may have been fixed since (the data, the time limit): a sweep that did not see the
            // failure gets the trial trained again from the start.
            LogTrialTrainedAgain(logger, Key, spec.Rule, spec.Seed, sweepId, Trial.Error);
            state.State = new TrialGrainState { Spec = Trial.Spec, Sweeps = Trial.Sweeps };
            _lastEvaluation = -1;
        }

        var launch = !IsRunning && Trial.Status is TrialStatus.Pending or TrialStatus.Cancelled;
        if (launch)
        {
            Trial.Status = TrialStatus.Pending;
        }

        // Stored before training starts: a write that throws leaves nothing training unknown to the caller,
        // who starts the trial again. A trial that finished or diverged changes no more, whichever sweeps
        // want it, so a sweep that reuses it costs no write.
        if (Trial.Status is not (TrialStatus.Finished or TrialStatus.Diverged))
        {
            await SaveAsync();
        }
        if (launch)
        {
            Launch();
        }

        return Record()!;
    }

    public Task<TrialRecord?> GetRecord() => Task.FromResult(Record());

    public async Task<TrialRecord?> Cancel(string sweepId)
    {
        Trial.Sweeps.Remove(sweepId);
        if (Trial.Spec is null || Ended(Trial.Status) || Trial.Sweeps.Count > 0)
        {
            return Record();
        }

        Trial.Status = TrialStatus.Cancelled;
        if (IsRunning)
        {
            // Training stops within an iteration; waiting for it makes the returned record final.
            _stop!.Cancel();
            await _run!;
        }

        await SaveAsync();
        return Record();
    }

    private static bool Ended(TrialStatus status) =>
        status is TrialStatus.Finished or TrialStatus.Diverged or TrialStatus.Failed or TrialStatus.Cancelled;

    private TrialRecord? Record() => Trial.Spec is null
        ? null
        : new TrialRecord(
            Key,
            Trial.Spec,
            Trial.Status,
            Trial.IterationsDone,
            Trial.IterationsPerSecond,
            Trial.Result,
            Trial.Error,
            Trial.Silo,
            Trial.Attempts)
        {
            Data = Trial.Data,
        };

    // Stored as running: its silo died under it, since a silo that stops stores its trials as pending.
    // Returns whether the trial may resume.
    private async Task<bool> CountInterruptionAsync(TrainingSpec spec)
    {
        Trial.Interruptions++;
        var limit = options.Value.TrialInterruptions;
        if (Trial.Interruptions > limit)
        {
            var reason = $"interrupted {Trial.Interruptions} times by the loss of its silo, more than the {limit} "
                + $"that {ItdOptions.Section}:{nameof(ItdOptions.TrialInterruptions)} allows";
            LogTrialFailedFor(logger, Key, spec.Rule, spec.Seed, reason);
            MarkFailed(reason);
            await SaveAsync();

            // Counted as started and ended here, so that the ended trials and their durations include it.
            metrics.TrialStarted(spec.Rule);
            RecordEnd(spec.Rule);
            return false;
        }

        LogTrialInterrupted(logger, Key, spec.Rule, spec.Seed, Trial.Interruptions, limit);
        Trial.Status = TrialStatus.Pending;
        await SaveAsync();
        return true;
    }

    private void Launch()
    {
        _stop = new CancellationTokenSource();
        _run = RunAsync(Trial.Spec!, _stop.Token);
    }

    // Never ends with the trial running in memory only: a run that storage stopped for good leaves the activation,
    // and a fresh one recovers the trial from what is stored.
    private async Task RunAsync(TrainingSpec spec, CancellationToken stop)
    {
        try
        {
            await RunInSlotAsync(spec, stop);
        }
        catch (OperationCanceledException) when (_abandonWrites.IsCancellationRequested)
        {
            // Deactivated while waiting for storage: what is stored is what the next activation resumes from.
        }
        catch (Exception exception)
        {
            LogTrialRunAbandoned(logger, exception, Key, spec.Rule, spec.Seed, exception.Message);
            this.DeactivateOnIdle();
        }
    }

    private async Task RunInSlotAsync(TrainingSpec spec, CancellationToken stop)
    {
        try
        {
            await slots.WaitAsync(stop);
        }
        catch (OperationCanceledException)
        {
            await EndStoppedAsync();
            return;
        }

        using var span = SweepActivities.StartTrial(Key, spec.Rule, spec.Seed);
        metrics.TrialStarted(spec.Rule);
        try
        {
            await TrainWithRetriesAsync(spec, span, stop);
        }
        finally
        {
            slots.Release();
            RecordEnd(spec.Rule);
            TellSweepsIfEnded();
        }
    }

    // Each sweep that wants the trial learns at once that it has ended, and may start the next in its slot.
    private void TellSweepsIfEnded()
    {
        if (!Ended(Trial.Status))
        {
            return;
        }

        foreach (var sweepId in Trial.Sweeps)
        {
            GrainFactory.GetSweep(sweepId).TrialEnded(Key).Ignore();
        }
    }

    // An ended trial's duration is its training time over all attempts and silos, not this activation's share.
    private void RecordEnd(string rule)
    {
        TrialOutcome? outcome = Trial.Status switch
        {
            TrialStatus.Finished => TrialOutcome.Finished,
            TrialStatus.Diverged => TrialOutcome.Diverged,
            TrialStatus.Failed => TrialOutcome.Failed,
            _ => null,
        };

        if (outcome is { } ended)
        {
            metrics.TrialEnded(rule, ended, Trial.TrainingTime);
        }
        else
        {
            metrics.TrialStopped(rule);
        }
    }

    private async Task TrainWithRetriesAsync(TrainingSpec spec, Activity? span, CancellationToken stop)
    {
        while (true)
        {
            Trial.Attempts++;
            Trial.Status = TrialStatus.Running;
            Trial.Silo = silo.SiloAddress.ToString();
            Trial.Error = null;
            await PersistAsync();
            try
            {
                await TrainAsync(spec, stop);
                return;
            }
            catch (Exception exception) when (IsStorageGivenUp(exception))
            {
                // Storage, not training, failed: no retry of the training can mend that.
                throw;
            }
            catch (Exception exception) when (!stop.IsCancellationRequested)
            {
                // Stored with the next attempt or the failure, so that the limit holds across activations.
                Trial.Failures++;
                if (Trial.Failures <= options.Value.TrialRetries)
                {
                    LogTrialRetrying(logger, exception, Key, spec.Rule, spec.Seed, Trial.Attempts);
                    continue;
                }

                LogTrialFailed(logger, exception, Key, spec.Rule, spec.Seed, Trial.Attempts, exception.Message);
                SweepActivities.RecordFailure(span, exception);
                MarkFailed(OnThisSilo(exception.Message));
                await PersistAsync();
                return;
            }
            catch (Exception)
            {
                // Thrown while being stopped: the stop, not the exception, decides what happens next.
                await EndStoppedAsync();
                return;
            }
        }
    }

    private async Task TrainAsync(TrainingSpec spec, CancellationToken stop)
    {
        var data = await datasets.GetAsync(spec.Dataset);
        Trial.Data = datasets.Describe(data);
        var checkpoint = Trial.Checkpoint;
        var trainer = await Task.Run(() =>
            checkpoint is null ? Trainer.Create(spec, data) : Trainer.Restore(checkpoint, data));

        var clock = Stopwatch.StartNew();
        var sinceCheckpointClock = Stopwatch.StartNew();
        var trained = 0;
        var sinceCheckpoint = 0;
        var slice = FirstSlice;
        while (trainer.Status == TrainingStatus.Running && !stop.IsCancellationRequested)
        {
            var iterations = slice;
            var sliceClock = Stopwatch.StartNew();
            var done = await Task.Run(() => trainer.Run(iterations, stop));
            if (done == 0 && trainer.Status == TrainingStatus.Running && !stop.IsCancellationRequested)
            {
                throw new InvalidOperationException($"The trainer made no progress at iteration {trainer.Iteration}.");
            }

            trained += done;
            sinceCheckpoint += done;
            Trial.TrainingTime += sliceClock.Elapsed;
            slice = NextSlice(slice, done, sliceClock.Elapsed);
            Report(trainer, trained / Math.Max(clock.Elapsed.TotalSeconds, 1e-6));
            RecordSlice(spec.Rule, done);
            DelayDeactivation(KeepAliveWhileTraining);
            foreach (var fault in faults)
            {
                fault.AfterSlice(Key, trainer.Iteration, Trial.Attempts);
            }

            if (IsOverTimeLimit(trainer))
            {
                var reason = $"time limit of {options.Value.TrialTimeLimit} exceeded at iteration {trainer.Iteration}";
                LogTrialFailedFor(logger, Key, spec.Rule, spec.Seed, reason);
                MarkFailed(OnThisSilo(reason));
                await PersistAsync();
                return;
            }

            if (IsCheckpointDue(trainer, sinceCheckpoint, sinceCheckpointClock.Elapsed))
            {
                await CheckpointAsync(trainer);
                sinceCheckpoint = 0;
                sinceCheckpointClock.Restart();
            }
        }

        if (trainer.Status == TrainingStatus.Running)
        {
            await CheckpointAsync(trainer);
            await EndStoppedAsync();
            return;
        }

        Trial.Status = trainer.Status == TrainingStatus.Diverged ? TrialStatus.Diverged : TrialStatus.Finished;
        Trial.Checkpoint = null;
        if (Trial.Status == TrialStatus.Diverged)
        {
            LogTrialDiverged(logger, Key, spec.Rule, spec.Seed, trainer.Iteration);
        }

        await PersistAsync();
    }

    private bool IsOverTimeLimit(Trainer trainer) =>
        trainer.Status == TrainingStatus.Running
        && options.Value.TrialTimeLimit > TimeSpan.Zero
        && Trial.TrainingTime > options.Value.TrialTimeLimit;

    private bool IsCheckpointDue(Trainer trainer, int sinceCheckpoint, TimeSpan sinceCheckpointTime) =>
        trainer.Status == TrainingStatus.Running
        && (sinceCheckpoint >= options.Value.CheckpointInterval
            || (options.Value.CheckpointPeriod > TimeSpan.Zero
                && sinceCheckpointTime >= options.Value.CheckpointPeriod));

    private void MarkFailed(string reason)
    {
        Trial.Status = TrialStatus.Failed;
        Trial.Error = reason;
        Trial.Checkpoint = null;
    }

    // A failure of the silo's own making, such as data it cannot read, is told apart by the silo it happened on.
    private string OnThisSilo(string reason) => $"{reason} (on silo {silo.SiloAddress})";

    private int NextSlice(int slice, int done, TimeSpan elapsed)
    {
        if (done == 0 || elapsed <= TimeSpan.Zero)
        {
            return slice;
        }

        var perSecond = done / elapsed.TotalSeconds;
        return (int)Math.Clamp(perSecond * options.Value.SliceDuration.TotalSeconds, 1, 1_000_000);
    }

    private void Report(Trainer trainer, double iterationsPerSecond)
    {
        Trial.IterationsDone = trainer.Iteration;
        Trial.IterationsPerSecond = iterationsPerSecond;
        Trial.Result = trainer.Result();
    }

    // Once per slice: the iterations it trained and the evaluation it reached, if a new one.
    private void RecordSlice(string rule, int iterations)
    {
        metrics.IterationsTrained(rule, iterations);
        if (Trial.Result?.Curve is not [.., var latest] || latest.Iteration <= _lastEvaluation)
        {
            return;
        }

        _lastEvaluation = latest.Iteration;
        metrics.Evaluated(rule, EvaluationSplit.Validation, latest.ValidationAccuracy, latest.ValidationLoss);
        metrics.Evaluated(rule, EvaluationSplit.Test, latest.TestAccuracy, latest.TestLoss);
    }

    private async Task CheckpointAsync(Trainer trainer)
    {
        Trial.Checkpoint = await Task.Run(trainer.SaveState);
        await PersistAsync();
    }

    private Task EndStoppedAsync()
    {
        // A silo shutting down is no cancellation: the trial stays pending and resumes on its next activation.
        Trial.Status = _deactivating ? TrialStatus.Pending : TrialStatus.Cancelled;
        return PersistAsync();
    }

    // A write for a caller, who hears of its failure and calls again.
    private Task SaveAsync() => Writer.WriteAsync();

    // A write of the run, which waits while storage is out of reach: the trial pauses, and no retry is used up.
    private Task PersistAsync() => Writer.WriteThroughOutagesAsync(_abandonWrites.Token);

    private bool IsStorageGivenUp(Exception exception) =>
        exception is StateNotStoredException
        || (exception is OperationCanceledException && _abandonWrites.IsCancellationRequested);
}
