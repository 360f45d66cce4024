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

    private readonly string _clusterId = $"kill-{Guid.NewGuid():N}"[..16];
    private readonly List<ChildProcess> _silos = [];
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartAsync();

    public Task DisposeAsync()
    {
        _silos.ForEach(silo => silo.Dispose());
        _redis.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_sweep_outlives_a_killed_silo_and_a_departed_client_with_the_results_of_an_uninterrupted_run()
    {
        var redis = DurableSettings.RedisSilo(_redis.ConnectionString, _clusterId);
        var clientSettings = DurableSettings.RedisClient(_redis.ConnectionString, _clusterId);
        var survivorPort = FreePort.Next();
        var victimPort = FreePort.Next();
        _silos.Add(SiloProcess.Start(
            "survivor", DurableSettings.Merge(DurableSettings.Silo(survivorPort, FreePort.Next()), redis)));
        var victim = SiloProcess.Start(
            "victim", DurableSettings.Merge(DurableSettings.Silo(victimPort, FreePort.Next()), redis));
        _silos.Add(victim);
        var sweepId = $"sweep-{_clusterId}";

        var first = await TestClient.ConnectAsync(clientSettings, gatewayPort: null);
        var sweep = first.Grains.GetSweep(sweepId);
        await Eventually.Until(() => ActiveSilos(first), count => count == 2, Context);
        await sweep.Start(Spec);

        // Killed while at least one of its trials is running past a checkpoint.
        var beforeKill = await Eventually.Until(
            () => DurableTrials.ReadNow(first.Grains, sweep),
            trials => trials.Any(trial => IsMidTrainingOn(trial, victimPort)),
            Context);
        victim.Kill();
        var interrupted = beforeKill
            .Where(trial => IsMidTrainingOn(trial, victimPort))
            .Select(trial => trial.Key)
            .ToList();
        await first.DisposeAsync();

        // A new client reads only the registry, which does not wake the sweep: the silos carry it on.
        await using var second = await TestClient.ConnectAsync(clientSettings, gatewayPort: null);
        await Eventually.Until(
            () => second.Grains.GetSweepRegistry().List(),
            sweeps => sweeps.Any(s => s.SweepId == sweepId && s.State != SweepState.Running),
            Context);
        var status = await second.Grains.GetSweep(sweepId).GetStatus(includeCurves: true);

        Assert.Equal(SweepState.Finished, status.State);
        StraightThrough.AssertSameAsUninterrupted(Spec, status.Trials, Context());
        Assert.All(
            status.Trials.Where(trial => interrupted.Contains(trial.Key)),
            trial => Assert.DoesNotContain($":{victimPort}:", trial.Silo));
    }

    private static bool IsMidTrainingOn(TrialRecord trial, int siloPort) =>
        DurableTrials.IsMidTraining(trial) && trial.Silo?.Contains($":{siloPort}:", StringComparison.Ordinal) == true;

    private static async Task<int> ActiveSilos(TestClient client) =>
        (await client.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count;

    private string Context() =>
        string.Join('\n', _silos.Select(silo => silo.Tail())) + "\n" + _redis.Tail();
}
