using ItdOrleans.Contracts;
using ItdOrleans.Core.Training;
using ItdOrleans.Grains;
using ItdOrleans.Sweeps;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>
/// Retries, failures, the time limit and the training slots of one silo with one slot, checked
/// on trials made to throw mid-training.
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

    private InProcessTestCluster? _cluster;

    private IClusterClient Client =>
        (_cluster ?? throw new InvalidOperationException("The cluster did not start.")).Client;

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
                ["Itd:SliceDuration"] = "00:00:00.050",
                ["Itd:SweepPollInterval"] = "00:00:00.100",
            })
            .Build();
        var faults = new InjectedFaults()
            .Add(TrialKey.Of(Trials[0]), iteration: 200, failingAttempts: 1)
            .Add(TrialKey.Of(Trials[1]), iteration: 100, failingAttempts: int.MaxValue);

        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddItdOrleans(configuration);
            silo.Services.AddSingleton<ITrialFaults>(faults);
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
        var mostRunning = 0;
        await Eventually.Until(
            async () =>
            {
                var status = await sweep.GetStatus();
                mostRunning = Math.Max(mostRunning, status.Count(TrialStatus.Running));
                return status;
            },
            status => status.State != SweepState.Running);
        var final = await sweep.GetStatus(includeCurves: true);
        var byKey = final.Trials.ToDictionary(trial => trial.Key);
        var retried = byKey[TrialKey.Of(Trials[0])];
        var failed = byKey[TrialKey.Of(Trials[1])];
        var untouched = byKey[TrialKey.Of(Trials[2])];

        Assert.Equal(SweepState.Finished, final.State);
        Assert.Equal(1, mostRunning);
        Assert.Equal((TrialStatus.Finished, 2), (retried.Status, retried.Attempts));
        Assert.Equal(StraightThrough.Train(Trials[0]).Curve, retried.Result!.Curve);
        Assert.Equal((TrialStatus.Failed, 3), (failed.Status, failed.Attempts));
        Assert.StartsWith(InjectedFaults.Message, failed.Error);
        Assert.Equal((TrialStatus.Finished, 1), (untouched.Status, untouched.Attempts));
        Assert.Equal(StraightThrough.Train(Trials[2]).Curve, untouched.Result!.Curve);
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
