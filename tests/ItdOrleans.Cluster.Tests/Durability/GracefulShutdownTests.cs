using ItdOrleans.Contracts;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>A silo process asked to stop mid-trial checkpoints it, and the next silo carries on from there.</summary>
[Trait("Category", "Slow")]
public sealed class GracefulShutdownTests : IDisposable
{
    private const int Iterations = 400_000;

    private static readonly SweepSpec Spec = new()
    {
        Name = "stopped",
        Dataset = RealDigits.Current.Name,
        Rules = ["vbp"],
        Seeds = [4],
        Iterations = [Iterations],
        HiddenWidths = [16],
        EvaluationInterval = 20_000,
    };

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("itd-graceful-");
    private readonly List<ChildProcess> _silos = [];

    public void Dispose()
    {
        _silos.ForEach(silo => silo.Dispose());
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task A_silo_stopped_by_SIGTERM_checkpoints_its_trial_and_the_next_silo_resumes_it_without_going_back()
    {
        var gatewayPort = FreePort.Next();
        var settings = DurableSettings.Merge(
            DurableSettings.LoneSiloOnFile(gatewayPort, Path.Combine(_folder.FullName, "itd.db"), "itd-graceful"),
            new Dictionary<string, string>
            {
                // No checkpoint but the one taken on the way down.
                ["Itd:CheckpointInterval"] = int.MaxValue.ToString(),
                ["Itd:CheckpointPeriod"] = "00:00:00",
            });
        var sweepId = $"graceful-{Guid.NewGuid():N}";

        var first = SiloProcess.Start("stopped silo", settings);
        _silos.Add(first);
        TrialRecord atStop;
        await using (var client = await TestClient.ConnectToLoneSiloAsync(settings, gatewayPort, Context))
        {
            var sweep = client.Grains.GetSweep(sweepId);
            await sweep.Start(Spec);
            var trials = await Eventually.Until(
                () => DurableTrials.ReadNow(client.Grains, sweep),
                trials => trials is [{ Status: TrialStatus.Running, IterationsDone: >= 20_000 }],
                Context);
            atStop = trials[0];
        }

        Assert.True(first.Terminate(TimeSpan.FromSeconds(60)), $"The silo did not stop.\n{Context()}");
        _silos.Add(SiloProcess.Start("next silo", settings));

        await using var watcher = await TestClient.ConnectToLoneSiloAsync(settings, gatewayPort, Context);
        var seen = new List<int>();
        await Eventually.Until(
            async () =>
            {
                var trial = await watcher.Grains.GetTrial(atStop.Key).GetRecord();
                seen.Add(trial!.IterationsDone);
                return trial;
            },
            trial => trial?.Status == TrialStatus.Finished,
            Context);
        var status = await Eventually.Until(
            () => watcher.Grains.GetSweep(sweepId).GetStatus(includeCurves: true),
            sweep => sweep.State != SweepState.Running,
            Context);

        // Started again from scratch, the trial would be seen below where it stopped.
        Assert.All(seen, iterations => Assert.True(
            iterations >= atStop.IterationsDone,
            $"Seen at iteration {iterations} after stopping at {atStop.IterationsDone}: {string.Join(", ", seen)}"));
        Assert.Equal(SweepState.Finished, status.State);
        StraightThrough.AssertSameAsUninterrupted(Spec, status.Trials, Context());
    }

    private string Context() => string.Join('\n', _silos.Select(silo => silo.Tail()));
}
