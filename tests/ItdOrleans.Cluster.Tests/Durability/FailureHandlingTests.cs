using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ItdOrleans.Contracts;
using ItdOrleans.Core.Training;
using ItdOrleans.Grains;
using ItdOrleans.ServiceDefaults;
using ItdOrleans.Sweeps;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>
/// Retries, failures, interruptions, the time limit and the training slots of one silo with one
/// slot, checked on trials made to throw mid-training or stored as if their silo had died.
/// </summary>
[Trait("Category", "Slow")]
public sealed class FailureHandlingTests : IAsyncLifetime
{
    private const string TimeLimit = "00:00:03";

    private static readonly SweepSpec Sweep = new()
    {
        Name = "faults",
        Dataset = RealDigits.Current.Name,
        Rules = ["vbp"],
        Seeds = [1, 2, 3],
        Iterations = [300],
        HiddenWidths = [16],
        EvaluationInterval = 100,
    };

    private static readonly TrainingSpec[] Trials = [.. SweepGrid.Expand(Sweep)];

    // A sweep of one trial whose first write to storage fails.
    private static readonly SweepSpec UnwrittenSweep = Sweep with { Name = "unwritten", Seeds = [7] };

    // A trial whose second write reaches storage but loses its reply, and one whose state another activation writes
    // before its third write.
    private static readonly TrainingSpec LostReply = Trials[2] with { Seed = 13 };
    private static readonly TrainingSpec OtherWriter = Trials[2] with { Seed = 14 };

    // Throws on every attempt but the second, which trains long enough to be deactivated mid-way.
    private static readonly TrainingSpec Deactivated = Trials[2] with { Seed = 8, Iterations = 1_000_000 };

    private readonly InjectedFaults _faults = new();

    private InProcessTestCluster? _cluster;

    private InProcessTestCluster Cluster =>
        _cluster ?? throw new InvalidOperationException("The cluster did not start.");

    private IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [RealDigitsSetting.Key] = RealDigitsSetting.Value,
                ["Itd:TrainingSlots"] = "1",
                ["Itd:SweepConcurrency"] = "3",
                ["Itd:CheckpointInterval"] = "100",
                ["Itd:TrialTimeLimit"] = TimeLimit,
                ["Itd:TrialInterruptions"] = "1",
                ["Itd:SliceDuration"] = "00:00:00.050",
                ["Itd:SweepPollInterval"] = "00:00:00.100",
            })
            .Build();
        var faults = _faults
            .Add(TrialKey.Of(Trials[0]), iteration: 200, failingAttempts: 1)
            .Add(TrialKey.Of(Trials[1]), iteration: 100, failingAttempts: int.MaxValue)
            .Add(TrialKey.Of(Deactivated), iteration: 200, failsOnAttempt: attempt => attempt != 2);

        var storageFaults = new Dictionary<string, StorageFault>
        {
            [TrialKey.Of(SweepGrid.Expand(UnwrittenSweep).Single())] = StorageFault.Unwritten,
            [TrialKey.Of(LostReply)] = StorageFault.LostReply,
            [TrialKey.Of(OtherWriter)] = StorageFault.OtherWriter,
        };

        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddItdOrleans(configuration);
            silo.Services.AddSingleton<ITrialFaults>(faults);
            silo.Services.AddKeyedSingleton<IGrainStorage>(GrainStorage.Provider, (services, _) =>
                new FlakyStorage(MemoryGrainStorageFactory.Create(services, GrainStorage.Provider), storageFaults));
        });
        builder.ConfigureClient(client => client.Services.AddItdSerializer());
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    // After a failed start there may be no cluster to stop.
    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_throwing_trial_is_retried_from_its_checkpoint_or_fails_with_the_reason_and_the_sweep_goes_on()
    {
        var sweep = Client.GetSweep($"faults-{Guid.NewGuid():N}");
        await sweep.Start(Sweep);
        await Eventually.Until(() => sweep.GetStatus(), status => status.State != SweepState.Running);
        var final = await sweep.GetStatus(includeCurves: true);
        var byKey = final.Trials.ToDictionary(trial => trial.Key);
        var retried = byKey[TrialKey.Of(Trials[0])];
        var failed = byKey[TrialKey.Of(Trials[1])];
        var untouched = byKey[TrialKey.Of(Trials[2])];

        Assert.Equal(SweepState.Finished, final.State);
        Assert.True(OneAtATime(Trials), $"slices of several trials interleaved: {string.Join(", ", _faults.Slices)}");
        Assert.Equal((TrialStatus.Finished, 2), (retried.Status, retried.Attempts));
        Assert.Equal(StraightThrough.Train(Trials[0]).Curve, retried.Result!.Curve);
        Assert.Equal((TrialStatus.Failed, 3), (failed.Status, failed.Attempts));
        Assert.StartsWith(InjectedFaults.Message, failed.Error);
        Assert.EndsWith($"(on silo {failed.Silo})", failed.Error);
        Assert.Equal((TrialStatus.Finished, 1), (untouched.Status, untouched.Attempts));
        Assert.Equal(StraightThrough.Train(Trials[2]).Curve, untouched.Result!.Curve);
    }

    // Writes a trial's state as a silo that died mid-training would have left it.
    private Task StoreAsync(TrialGrainState trial)
    {
        var grainId = Client.GetTrial(trial.Spec!).GetGrainId();
        return Storage().WriteStateAsync(GrainStorage.TrialState, grainId, new GrainState<TrialGrainState>(trial));
    }

    private async Task<TrialGrainState> ReadStoredAsync(TrainingSpec spec)
    {
        var stored = new GrainState<TrialGrainState>(new TrialGrainState());
        await Storage().ReadStateAsync(GrainStorage.TrialState, Client.GetTrial(spec).GetGrainId(), stored);
        return stored.State ?? throw new InvalidOperationException($"No stored state for {TrialKey.Of(spec)}.");
    }

    private IGrainStorage Storage() => Cluster.GetActiveSilos().First().ServiceProvider
        .GetRequiredKeyedService<IGrainStorage>(GrainStorage.Provider);

    // With one training slot, every trial trains its slices in one stretch, retries included.
    private bool OneAtATime(IEnumerable<TrainingSpec> trials)
    {
        var keys = trials.Select(TrialKey.Of).ToHashSet();
        var slices = _faults.Slices.Where(keys.Contains).ToList();
        var stretches = slices.Where((key, i) => i == 0 || slices[i - 1] != key).ToList();
        return stretches.Count == stretches.Distinct().Count();
    }

    [Fact]
    public async Task A_failed_trial_is_trained_again_from_the_start_for_a_new_sweep_but_not_for_its_own()
    {
        var spec = Trials[1];
        var trial = Client.GetTrial(spec);

        await trial.Start(spec, "first");
        var failed = await Eventually.Until(() => trial.GetRecord(), record => record!.HasEnded);
        _faults.Repair(TrialKey.Of(spec));
        var again = await trial.Start(spec, "first");
        await trial.Start(spec, "second");
        var retrained = await Eventually.Until(() => trial.GetRecord(), record => record!.HasEnded);

        Assert.Equal((TrialStatus.Failed, 3), (failed!.Status, failed.Attempts));
        Assert.Equal((TrialStatus.Failed, 3, failed.Error), (again.Status, again.Attempts, again.Error));
        Assert.Equal((TrialStatus.Finished, 1, null), (retrained!.Status, retrained.Attempts, retrained.Error));
        Assert.Equal(StraightThrough.Train(spec).Curve, retrained.Result!.Curve);
    }

    [Fact]
    public async Task Failures_count_towards_the_retries_across_activations()
    {
        var trial = Client.GetTrial(Deactivated);
        await trial.Start(Deactivated, "deactivated");
        await Eventually.Until(
            () => trial.GetRecord(), record => record!.Attempts == 2 && record.IterationsDone >= 300);

        await Cluster.DeactivateAsync(trial);
        var failed = await Eventually.Until(() => trial.GetRecord(), record => record!.HasEnded);

        // One failure before the deactivation and two after it: the third is one more than the two retries.
        Assert.Equal((TrialStatus.Failed, 4), (failed!.Status, failed.Attempts));
        Assert.StartsWith(InjectedFaults.Message, failed.Error);
    }

    [Fact]
    public async Task The_duration_of_a_resumed_trial_is_its_training_time_over_all_attempts()
    {
        var spec = Trials[2] with { Seed = 11, Iterations = 1_000_000 };
        var trial = Client.GetTrial(spec);
        var durations = new ConcurrentQueue<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, meters) =>
        {
            if (instrument.Name == TelemetryNames.TrialDuration)
            {
                meters.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, seconds, _, _) => durations.Enqueue(seconds));
        listener.Start();

        await trial.Start(spec, "resumed");
        await Eventually.Until(() => trial.GetRecord(), record => record!.IterationsDone >= 300);
        await Cluster.DeactivateAsync(trial);
        var ended = await Eventually.Until(() => trial.GetRecord(), record => record!.HasEnded);
        var stored = await ReadStoredAsync(spec);

        // Ended by the time limit on its second activation.
        Assert.Equal((TrialStatus.Failed, 2), (ended!.Status, ended.Attempts));
        Assert.Contains(stored.TrainingTime.TotalSeconds, durations);
    }

    [Fact]
    public async Task A_trial_found_running_on_activation_resumes_or_fails_past_the_interruption_limit()
    {
        var resumed = Trials[2] with { Seed = 9 };
        var lost = Trials[2] with { Seed = 10 };
        await StoreAsync(new TrialGrainState { Spec = resumed, Status = TrialStatus.Running, Attempts = 1 });
        await StoreAsync(
            new TrialGrainState { Spec = lost, Status = TrialStatus.Running, Attempts = 2, Interruptions = 1 });

        var finished = await Eventually.Until(() => Client.GetTrial(resumed).GetRecord(), r => r!.HasEnded);
        var failed = await Eventually.Until(() => Client.GetTrial(lost).GetRecord(), r => r!.HasEnded);

        Assert.Equal((TrialStatus.Finished, 2), (finished!.Status, finished.Attempts));
        Assert.Equal(StraightThrough.Train(resumed).Curve, finished.Result!.Curve);
        Assert.Equal((TrialStatus.Failed, 2), (failed!.Status, failed.Attempts));
        Assert.StartsWith("interrupted 2 times by the loss of its silo", failed.Error);
        Assert.Contains("Itd:TrialInterruptions", failed.Error);
    }

    [Fact]
    public async Task A_trial_whose_start_could_not_be_stored_is_started_again_and_trains_once()
    {
        var sweep = Client.GetSweep($"unwritten-{Guid.NewGuid():N}");

        await sweep.Start(UnwrittenSweep);
        var final = await Eventually.Until(
            () => sweep.GetStatus(includeCurves: true), status => status.State != SweepState.Running);

        var trial = Assert.Single(final.Trials);
        Assert.Equal(SweepState.Finished, final.State);
        Assert.Equal((TrialStatus.Finished, 1), (trial.Status, trial.Attempts));
        Assert.Equal(StraightThrough.Train(trial.Spec).Curve, trial.Result!.Curve);
    }

    [Fact]
    public async Task A_trial_whose_write_lost_its_reply_writes_over_it_and_trains_on_in_the_same_attempt()
    {
        var finished = await TrainAsync(LostReply);

        Assert.Equal((TrialStatus.Finished, 1), (finished.Status, finished.Attempts));
        Assert.Equal(StraightThrough.Train(LostReply).Curve, finished.Result!.Curve);
    }

    [Fact]
    public async Task A_trial_whose_state_another_activation_wrote_leaves_and_is_resumed_from_storage()
    {
        // The first activation leaves at its third write; the next finds the trial stored as running.
        var finished = await TrainAsync(OtherWriter);

        Assert.Equal((TrialStatus.Finished, 2), (finished.Status, finished.Attempts));
        Assert.Equal(StraightThrough.Train(OtherWriter).Curve, finished.Result!.Curve);
    }

    // Starts a trial alone, for a sweep of its own, and waits for it to end.
    private async Task<TrialRecord> TrainAsync(TrainingSpec spec)
    {
        var trial = Client.GetTrial(spec);
        await trial.Start(spec, TrialKey.Of(spec));
        return (await Eventually.Until(() => trial.GetRecord(), record => record!.HasEnded))!;
    }

    [Fact]
    public async Task A_trial_over_its_time_limit_fails_saying_so()
    {
        var spec = Trials[2] with { Seed = 99, Iterations = 100_000_000, EvaluationInterval = 100_000 };
        var trial = Client.GetTrial(spec);

        await trial.Start(spec, "time-limit");
        var ended = await Eventually.Until(() => trial.GetRecord(), record => record!.HasEnded);

        Assert.Equal(TrialStatus.Failed, ended!.Status);
        Assert.StartsWith($"time limit of {TimeLimit} exceeded", ended.Error);
        Assert.Equal(1, ended.Attempts);
        Assert.InRange(ended.IterationsDone, 1, spec.Iterations - 1);
    }
}
