using ItdOrleans.Contracts;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>A lone silo on a SQLite file, killed mid-sweep and started again.</summary>
[Trait("Category", "Slow")]
public sealed class LocalStoreRestartTests : IDisposable
{
    private static readonly SweepSpec Spec = new()
    {
        Name = "restarted",
        Dataset = RealDigits.Current.Name,
        Rules = ["fba", "itd"],
        Seeds = [3],
        Iterations = [DurableTrials.Iterations],
        HiddenWidths = [16],
        EvaluationInterval = DurableTrials.EvaluationInterval,
    };

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("itd-local-store-");
    private readonly List<ChildProcess> _silos = [];

    public void Dispose()
    {
        _silos.ForEach(silo => silo.Dispose());
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task A_sweep_on_the_local_store_finishes_by_itself_after_its_process_is_killed_and_started_again()
    {
        var store = Path.Combine(_folder.FullName, "nested", "itd.db");
        var gatewayPort = FreePort.Next();
        var settings = DurableSettings.LoneSiloOnFile(gatewayPort, store, "itd-local-test");
        var sweepId = $"restart-{Guid.NewGuid():N}";

        var first = SiloProcess.Start("first run", settings);
        _silos.Add(first);
        await using (var client = await TestClient.ConnectToLoneSiloAsync(settings, gatewayPort, Context))
        {
            var sweep = client.Grains.GetSweep(sweepId);
            await sweep.Start(Spec);
            await Eventually.Until(
                () => DurableTrials.ReadNow(client.Grains, sweep),
                trials => trials.Any(DurableTrials.IsMidTraining),
                Context);
        }

        first.Kill();
        Assert.True(File.Exists(store), $"No store at {store}.\n{Context()}");
        _silos.Add(SiloProcess.Start("second run", settings));

        await using var watcher = await TestClient.ConnectToLoneSiloAsync(settings, gatewayPort, Context);
        await Eventually.Until(
            () => watcher.Grains.GetSweepRegistry().List(),
            sweeps => sweeps.Any(s => s.SweepId == sweepId && s.State != SweepState.Running),
            Context);
        var finished = await watcher.Grains.GetSweep(sweepId).GetStatus(includeCurves: true);

        Assert.Equal(SweepState.Finished, finished.State);
        StraightThrough.AssertSameAsUninterrupted(Spec, finished.Trials, Context());
        Assert.Contains(finished.Trials, trial => trial.Attempts > 1);
    }

    private string Context() => string.Join('\n', _silos.Select(silo => silo.Tail()));
}
