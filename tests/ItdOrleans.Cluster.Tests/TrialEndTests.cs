using ItdOrleans.Contracts;
using ItdOrleans.Cluster.Tests.Placement;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Cluster.Tests;

/// <summary>A trial that ends tells its sweep, which starts the next one without waiting for its poll.</summary>
[Trait("Category", "Slow")]
public sealed class TrialEndTests
{
    [Fact]
    public async Task A_sweep_that_polls_once_an_hour_still_runs_its_trials_one_after_another()
    {
        var hourly = new Dictionary<string, string?>
        {
            ["Itd:SweepPollInterval"] = "01:00:00",
            ["Itd:SweepConcurrency"] = "1",
        };
        await using var cluster = await SlotsCluster.StartAsync(silos: 1, slots: [1], hourly);
        var sweep = cluster.Client.GetSweep($"hourly-{Guid.NewGuid():N}");

        await sweep.Start(new SweepSpec
        {
            Name = "hourly",
            Dataset = RealDigits.Current.Name,
            Rules = ["vbp", "fba", "itd"],
            Seeds = [1, 2],
            Iterations = [50],
            HiddenWidths = [8],
            EvaluationInterval = 50,
        });
        var status = await Eventually.Until(() => sweep.GetStatus(), s => s.State != SweepState.Running);

        Assert.Equal(SweepState.Finished, status.State);
        Assert.All(status.Trials, trial => Assert.Equal(TrialStatus.Finished, trial.Status));
    }
}
