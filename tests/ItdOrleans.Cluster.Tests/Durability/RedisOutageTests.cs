using ItdOrleans.Contracts;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>Two silo processes whose Redis, their clustering and store, is killed mid-sweep and restarted.</summary>
[Trait("Category", "Slow")]
public sealed class RedisOutageTests : IAsyncLifetime
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(15);

    private static readonly SweepSpec Spec = new()
    {
        Name = "redis-outage",
        Dataset = RealDigits.Current.Name,
        Rules = ["vbp", "fba"],
        Seeds = [1, 2],
        Iterations = [DurableTrials.Iterations],
        HiddenWidths = [16],
        EvaluationInterval = DurableTrials.EvaluationInterval,
    };

    // One slot a silo: two trials train while the other two wait to be launched.
    private static readonly Dictionary<string, string> OneSlot = new() { ["Itd:TrainingSlots"] = "1" };

    private RedisCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await RedisCluster.StartAsync("outage", durable: true);

    public Task DisposeAsync()
    {
        _cluster.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_sweep_pauses_while_Redis_is_down_and_finishes_once_it_is_back_as_an_uninterrupted_run()
    {
        _cluster.StartSilo("first", FreePort.Next(), OneSlot);
        _cluster.StartSilo("second", FreePort.Next(), OneSlot);
        await using var client = await _cluster.ConnectAsync();
        var sweep = client.Grains.GetSweep($"sweep-{_cluster.ClusterId}");
        await Eventually.Until(() => RedisCluster.ActiveSilos(client), count => count == 2, _cluster.Context);
        await sweep.Start(Spec);

        await Eventually.Until(
            () => DurableTrials.ReadNow(client.Grains, sweep),
            trials => trials.Any(DurableTrials.IsMidTraining),
            _cluster.Context);
        _cluster.Redis.Kill();
        var atOutage = await sweep.GetStatus();
        await Task.Delay(Outage);
        await _cluster.Redis.RestartAsync();

        var sweepId = sweep.GetPrimaryKeyString();
        await Eventually.Until(
            () => client.Grains.GetSweepRegistry().List(),
            sweeps => sweeps.Any(s => s.SweepId == sweepId && s.State != SweepState.Running),
            _cluster.Context);
        var status = await sweep.GetStatus(includeCurves: true);

        Assert.Contains(atOutage.Trials, trial => trial.Status == TrialStatus.Pending);
        Assert.Equal(SweepState.Finished, status.State);
        StraightThrough.AssertSameAsUninterrupted(Spec, status.Trials, _cluster.Context());

        // The outage used up none of the trials' retries: each trained in one attempt.
        Assert.All(status.Trials, trial => Assert.Equal(1, trial.Attempts));
    }
}
