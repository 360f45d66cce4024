using System.Diagnostics;
using ItdOrleans.Contracts;
using ItdOrleans.ServiceDefaults;
using ItdOrleans.Sweeps;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItdOrleans.Grains;

/// <summary>
/// Runs a sweep: expands its grid, starts trials in grid order while fewer than the concurrency
/// limit are running, and collects their records on a timer until every trial has ended.
/// </summary>
/// <remarks>
/// A change that storage could not take, while it is out of reach, is stored again by the timer,
/// which keeps running until the sweep has ended and is stored.
/// </remarks>
public sealed partial class SweepGrain(
    [PersistentState("sweep", GrainStorage.Provider)] IPersistentState<SweepGrainState> state,
    PublishedTrainingSlots clusterSlots,
    PublishedDatasets clusterDatasets,
    DatasetProvider datasets,
    StorageOutage outage,
    IOptions<ItdOptions> options,
    ILogger<SweepGrain> logger) : Grain, ISweepGrain
{
    private static readonly TimeSpan LaunchTimeBudget = TimeSpan.FromSeconds(2);

    private IGrainTimer? _follow;
    private Activity? _span;
    private StateWriter<SweepGrainState>? _writer;
    private bool _unsaved;

    private SweepGrainState Sweep => state.State;

    private StateWriter<SweepGrainState> Writer => _writer ??= new(state, this, outage, logger);

    private string Id => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Sweep.State == SweepState.Running)
        {
            // Reactivated, after its silo died or the cluster restarted: the trace goes on under a span of its own.
            _span = SweepActivities.ResumeSweep(Id, Sweep.Trials.Count, Sweep.TraceParent);
            Follow();
        }

        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        EndSpan();
        return Task.CompletedTask;
    }

    public async Task<SweepStatus> Start(SweepSpec spec)
    {
        if (Sweep.Spec is not null)
        {
            return spec.Equals(Sweep.Spec)
                ? Status(includeCurves: false)
                : throw new InvalidOperationException(
                    $"Sweep '{Id}' was started with a different specification; choose another sweep id.");
        }

        // The data is checked before anything is stored, so that a sweep without it is refused rather than
        // having every trial fail: on this silo, else among the datasets the other silos found.
        var missingData = SweepVocabulary.Datasets.Contains(spec.Dataset)
            && !clusterDatasets.AnotherSiloHolds(spec.Dataset)
                ? await datasets.ProblemAsync(spec.Dataset)
                : null;
        var problems = SweepValidator.Validate(
            spec, new SweepValidationOptions { MaxTrials = options.Value.MaxTrials, CheckDataset = _ => missingData });
        if (problems.Count > 0)
        {
            // Carried as an ArgumentException, which every client can deserialise.
            throw new ArgumentException(new SweepSpecException($"sweep '{Id}'", problems).Message);
        }

        Sweep.Spec = spec;
        Sweep.State = SweepState.Running;
        Sweep.StartedAt = DateTimeOffset.UtcNow;
        Sweep.Trials = [.. SweepGrid.Expand(spec).Select(TrialRecord.Pending)];
        LogSweepStarted(logger, Id, spec.Name, Sweep.Trials.Count);
        _span = SweepActivities.StartSweep(Id, Sweep.Trials.Count);
        Sweep.TraceParent = _span?.Id;

        await LaunchAsync();
        try
        {
            await Writer.WriteAsync();
        }
        catch (Exception)
        {
            // Not stored as far as this activation knows: it leaves, so that the next call meets what storage
            // holds and a repeated start either begins the sweep or finds it begun.
            EndSpan();
            this.DeactivateOnIdle();
            throw;
        }

        Follow();
        await SaveAsync(stateStored: true);
        return Status(includeCurves: false);
    }

    public Task<SweepStatus> GetStatus(bool includeCurves = false) => Task.FromResult(Status(includeCurves));

    // Activation has already resumed following a running sweep; being called is all it takes.
    public Task Resume() => Task.CompletedTask;

    public async Task TrialEnded(string trialKey)
    {
        if (Sweep.State == SweepState.Running && _follow is not null)
        {
            await FollowAsync([.. LaunchedUnended().Where(i => Sweep.Trials[i].Key == trialKey)]);
        }
    }

    public async Task<SweepStatus> Cancel()
    {
        if (Sweep.State != SweepState.Running)
        {
            return Status(includeCurves: false);
        }

        StopFollowing();
        var launched = LaunchedUnended();
        var records = await Task.WhenAll(launched.Select(i => CancelTrialAsync(Sweep.Trials[i])));
        for (var i = 0; i < launched.Count; i++)
        {
            Sweep.Trials[launched[i]] = records[i];
        }

        // Trials still running for other sweeps, and those never started, have ended for this one.
        Sweep.Trials = [.. Sweep.Trials.Select(t => t.HasEnded ? t : t with { Status = TrialStatus.Cancelled })];
        Sweep.State = SweepState.Cancelled;
        Sweep.EndedAt = DateTimeOffset.UtcNow;
        LogSweepCancelled(logger, Id, Sweep.Trials.Count(t => t.Status == TrialStatus.Finished), Sweep.Trials.Count);
        EndSpan();
        await SaveAsync();
        return Status(includeCurves: false);
    }

    private SweepStatus Status(bool includeCurves)
    {
        if (Sweep.Spec is null)
        {
            return SweepStatus.NotStarted(Id);
        }

        var trials = includeCurves ? [.. Sweep.Trials] : Sweep.Trials.Select(WithoutCurve).ToArray();
        return new SweepStatus(Id, Sweep.Spec, Sweep.State, Sweep.StartedAt, Sweep.EndedAt, trials);
    }

    private static TrialRecord WithoutCurve(TrialRecord trial) =>
        trial.Result is null ? trial : trial with { Result = trial.Result with { Curve = [] } };

    private void Follow()
    {
        var interval = options.Value.SweepPollInterval;
        _follow ??= this.RegisterGrainTimer(
            PollAsync, new GrainTimerCreationOptions(interval, interval) { KeepAlive = true });
    }

    private void StopFollowing()
    {
        _follow?.Dispose();
        _follow = null;
    }

    private async Task PollAsync(CancellationToken cancellation)
    {
        if (Sweep.State == SweepState.Running)
        {
            await FollowTrialsAsync();
        }
        else if (_unsaved)
        {
            await SaveAsync();
        }

        if (Sweep.State != SweepState.Running && !_unsaved)
        {
            StopFollowing();
        }
    }

    private Task FollowTrialsAsync() => FollowAsync(LaunchedUnended());

    // Takes the records of the given trials, launches what there is room for and stores what changed.
    private async Task FollowAsync(IReadOnlyList<int> refreshed)
    {
        // Trials reached from the follow timer, started or woken, still belong to the sweep's trace.
        if (_span is not null)
        {
            Activity.Current = _span;
        }

        var endedBefore = Sweep.Trials.Count(t => t.HasEnded);
        var launchedBefore = Sweep.Launched;
        var records = await Task.WhenAll(refreshed.Select(i => RefreshTrialAsync(Sweep.Trials[i])));
        for (var i = 0; i < refreshed.Count; i++)
        {
            Sweep.Trials[refreshed[i]] = records[i];
        }

        await LaunchAsync();
        if (Sweep.Trials.All(t => t.HasEnded))
        {
            await FinishAsync();
        }
        else if (_unsaved || Sweep.Trials.Count(t => t.HasEnded) != endedBefore || Sweep.Launched != launchedBefore)
        {
            await SaveAsync();
        }
    }

    private async Task LaunchAsync()
    {
        // A trial that has ended already (reused from the store) frees its place at once, so launching goes on
        // while there is room; for a while only, since the sweep answers no call meanwhile.
        var limit = Concurrency();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < LaunchTimeBudget)
        {
            var running = LaunchedUnended().Count;
            var room = Math.Min(limit - running, Sweep.Trials.Count - Sweep.Launched);
            if (room <= 0)
            {
                return;
            }

            var batch = Enumerable.Range(Sweep.Launched, room).ToList();
            Sweep.Launched += room;
            var records = await Task.WhenAll(batch.Select(i => StartTrialAsync(Sweep.Trials[i])));
            for (var i = 0; i < batch.Count; i++)
            {
                Sweep.Trials[batch[i]] = records[i];
            }
        }
    }

    // The places of the trials launched that have not ended, as far as the sweep knows.
    private List<int> LaunchedUnended() => [.. Enumerable.Range(0, Sweep.Launched).Where(i => !Sweep.Trials[i].HasEnded)];

    // Without a configured limit, every training slot of the active silos, so a silo that joins widens it.
    private int Concurrency() =>
        options.Value.SweepConcurrency > 0 ? options.Value.SweepConcurrency : clusterSlots.OfActiveSilos();

    private async Task FinishAsync()
    {
        Sweep.State = SweepState.Finished;
        Sweep.EndedAt = DateTimeOffset.UtcNow;
        LogSweepFinished(
            logger,
            Id,
            Sweep.Trials.Count(t => t.Status == TrialStatus.Finished),
            Sweep.Trials.Count(t => t.Status == TrialStatus.Diverged),
            Sweep.Trials.Count(t => t.Status == TrialStatus.Failed),
            Sweep.EndedAt.Value - Sweep.StartedAt!.Value);
        EndSpan();
        await SaveAsync();
    }

    private void EndSpan()
    {
        _span?.SetTag(TelemetryNames.SweepStateAttribute, Sweep.State.ToString().ToLowerInvariant());
        _span?.Dispose();
        _span = null;
    }

    private async Task<TrialRecord> StartTrialAsync(TrialRecord trial)
    {
        try
        {
            PlaceWithItsData(trial);
            var record = await GrainFactory.GetTrial(trial.Key).Start(trial.Spec, Id);
            Sweep.Unstarted.Remove(trial.Key);
            return record;
        }
        catch (ArgumentException exception)
        {
            // The trial refused its specification, and would refuse it again.
            Sweep.Unstarted.Remove(trial.Key);
            LogTrialNotStarted(logger, exception, Id, trial.Key);
            return trial with { Status = TrialStatus.Failed, Error = exception.Message };
        }
        catch (Exception exception)
        {
            // Not started as far as this sweep knows: the call did not reach the trial (placed on a silo
            // that has just died), or its state could not be written. The next poll starts it again.
            Sweep.Unstarted.Add(trial.Key);
            LogTrialStartRetrying(logger, exception, Id, trial.Key);
            return trial;
        }
    }

    private Task<TrialRecord> RefreshTrialAsync(TrialRecord trial) =>
        Sweep.Unstarted.Contains(trial.Key) ? StartTrialAsync(trial) : FetchTrialAsync(trial);

    private async Task<TrialRecord> FetchTrialAsync(TrialRecord trial)
    {
        try
        {
            // A trial that lost its state (its silo died before storage had it) starts again.
            PlaceWithItsData(trial);
            var grain = GrainFactory.GetTrial(trial.Key);
            return await grain.GetRecord() ?? await grain.Start(trial.Spec, Id);
        }
        catch (Exception exception)
        {
            LogTrialUnreachable(logger, exception, Id, trial.Key);
            return trial;
        }
    }

    // A call that activates the trial places it on a silo that has its data. The request context is
    // that of the calling method's flow, so it goes with this trial's calls only.
    private static void PlaceWithItsData(TrialRecord trial) =>
        RequestContext.Set(PublishedDatasets.RequestKey, trial.Spec.Dataset);

    private async Task<TrialRecord> CancelTrialAsync(TrialRecord trial)
    {
        try
        {
            return await GrainFactory.GetTrial(trial.Key).Cancel(Id) ?? trial;
        }
        catch (Exception exception)
        {
            LogTrialUnreachable(logger, exception, Id, trial.Key);
            return trial;
        }
    }

    // Stores the sweep and lists it in the registry; what storage did not take, the next poll stores.
    private async Task SaveAsync(bool stateStored = false)
    {
        _unsaved = true;
        try
        {
            if (!stateStored)
            {
                await Writer.WriteAsync();
            }

            await GrainFactory.GetSweepRegistry().Record(Status(includeCurves: false).Summary());
            _unsaved = false;
        }
        catch (Exception exception)
        {
            // This sweep's storage or the registry's failed; the silo's log has heard of an outage from the writes.
            LogSweepNotStored(logger, exception, Id);
            Follow();
        }
    }
}
