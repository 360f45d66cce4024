using ItdOrleans.Contracts;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>Two silo processes clustered through a real Redis server, one of them killed mid-sweep.</summary>
[Trait("Category", "Slow")]
public sealed class SiloKillTests : IAsyncLifetime
{
    private static readonly SweepSpec Spec = new()
    {
        Name = "killed-silo",
        Dataset = RealDigits.Current.Name,
        Rules = ["vbp", "fba", "itd"],
        Seeds = [1, 2],
        Iterations = [DurableTrials.Iterations],
        HiddenWidths = [16],
        EvaluationInterval = DurableTrials.EvaluationInterval,
    };

    private RedisCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await RedisCluster.StartAsync("kill");

    public Task DisposeAsync()
    {
        _cluster.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_sweep_outlives_a_killed_silo_and_a_departed_client_with_the_results_of_an_uninterrupted_run()
    {
        var victimPort = FreePort.Next();
        _cluster.StartSilo("survivor", FreePort.Next());
        var victim = _cluster.StartSilo("victim", victimPort);
        var sweepId = $"sweep-{_cluster.ClusterId}";

        var first = await _cluster.ConnectAsync();
        var sweep = first.Grains.GetSweep(sweepId);
        await Eventually.Until(() => RedisCluster.ActiveSilos(first), count => count == 2, _cluster.Context);
        await sweep.Start(Spec);

        // Killed while at least one of its trials is running past a checkpoint.
        var beforeKill = await Eventually.Until(
            () => DurableTrials.ReadNow(first.Grains, sweep),
            trials => trials.Any(trial => IsMidTrainingOn(trial, victimPort)),
            _cluster.Context);
        victim.Kill();
        var interrupted = beforeKill
            .Where(trial => IsMidTrainingOn(trial, victimPort))
            .Select(trial => trial.Key)
            .ToList();
        await first.DisposeAsync();

        // A new client reads only the registry, which does not wake the sweep: the silos carry it on.
        await using var second = await _cluster.ConnectAsync();
        await Eventually.Until(
            () => second.Grains.GetSweepRegistry().List(),
            sweeps => sweeps.Any(s => s.SweepId == sweepId && s.State != SweepState.Running),
            _cluster.Context);
        var status = await second.Grains.GetSweep(sweepId).GetStatus(includeCurves: true);

        Assert.Equal(SweepState.Finished, status.State);
        StraightThrough.AssertSameAsUninterrupted(Spec, status.Trials, _cluster.Context());
        Assert.All(
            status.Trials.Where(trial => interrupted.Contains(trial.Key)),
            trial => Assert.DoesNotContain($":{victimPort}:", trial.Silo));
    }

    private static bool IsMidTrainingOn(TrialRecord trial, int siloPort) =>
        DurableTrials.IsMidTraining(trial) && trial.Silo?.Contains($":{siloPort}:", StringComparison.Ordinal) == true;
}
