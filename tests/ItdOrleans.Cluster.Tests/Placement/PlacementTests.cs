using ItdOrleans.Cluster.Tests.Cli;
using ItdOrleans.Contracts;
using ItdOrleans.Grains;
using ItdOrleans.Sweeps;
using Microsoft.Extensions.DependencyInjection;

namespace ItdOrleans.Cluster.Tests.Placement;

/// <summary>
/// Trials placed on silos with different training slots, each test on a cluster of its own so that
/// no earlier placement has moved the turns of the placement.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PlacementTests : IAsyncLifetime
{
    private SlotsCluster? _cluster;

    private static SweepSpec TinySweep(string name, params int[] seeds) => new()
    {
        Name = name,
        Dataset = RealDigits.Current.Name,
        Rules = ["vbp"],
        Seeds = seeds,
        Iterations = [200],
        HiddenWidths = [8],
        EvaluationInterval = 100,
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task Trials_spread_over_the_silos_in_proportion_to_the_training_slots_they_publish()
    {
        _cluster = await SlotsCluster.StartAsync(silos: 2, slots: [1, 3]);
        await _cluster.WaitUntilEverySiloKnowsTheSlotsOfEveryOtherAsync();
        Assert.All(_cluster.Cluster.GetActiveSilos(), silo =>
            Assert.Equal(4, silo.ServiceProvider.GetRequiredService<PublishedTrainingSlots>().OfActiveSilos()));

        var sweep = _cluster.Client.GetSweep($"proportion-{Guid.NewGuid():N}");
        await sweep.Start(TinySweep("proportion", 1, 2, 3, 4, 5, 6, 7, 8));
        var status = await Eventually.Until(() => sweep.GetStatus(), s => s.State != SweepState.Running);

        Assert.Equal(SweepState.Finished, status.State);
        var expected = _cluster.SlotsBySilo().ToDictionary(silo => silo.Key, silo => 2 * silo.Value);
        var placed = status.Trials.CountBy(trial => trial.Silo ?? "none").ToDictionary();
        Assert.Equal(expected, placed);
    }

    [Fact]
    public async Task A_silo_that_joins_mid_sweep_takes_its_share_of_the_trials_started_after_it_joined()
    {
        var oneAtATime = new Dictionary<string, string?> { ["Itd:SweepConcurrency"] = "1" };
        _cluster = await SlotsCluster.StartAsync(silos: 1, slots: [1, 3], oneAtATime);
        var first = Assert.Single(_cluster.Cluster.GetActiveSilos()).SiloAddress.ToString();

        // A long trial of another sweep holds the only slot, so this sweep's first trial waits
        // and, one trial at a time, the sweep starts no other until the new silo has joined.
        var blocker = _cluster.Client.GetSweep($"blocker-{Guid.NewGuid():N}");
        await blocker.Start(TinySweep("blocker", 100) with { Iterations = [10_000_000] });
        await Eventually.Until(() => blocker.GetStatus(), s => s.Count(TrialStatus.Running) == 1);
        var sweep = _cluster.Client.GetSweep($"joined-{Guid.NewGuid():N}");
        await sweep.Start(TinySweep("joined", 1, 2, 3, 4, 5));

        var joined = (await _cluster.AddSiloAsync()).SiloAddress.ToString();
        await _cluster.WaitUntilEverySiloKnowsTheSlotsOfEveryOtherAsync();
        await blocker.Cancel();
        var status = await Eventually.Until(() => sweep.GetStatus(), s => s.State != SweepState.Running);

        Assert.Equal(SweepState.Finished, status.State);
        Assert.Equal(first, status.Trials[0].Silo);
        var startedAfterJoining = status.Trials.Skip(1).ToList();
        Assert.Equal(3, startedAfterJoining.Count(trial => trial.Silo == joined));
        Assert.Equal(1, startedAfterJoining.Count(trial => trial.Silo == first));
    }

    [Fact]
    public async Task A_silo_without_the_data_takes_none_of_the_trials_however_many_slots_it_has()
    {
        using var noData = new SpecFiles();
        Dictionary<string, string?> withoutData = new() { [RealDigitsSetting.Key] = noData.Folder };
        _cluster = await SlotsCluster.StartAsync(silos: 2, [(1, new Dictionary<string, string?>()), (3, withoutData)]);
        await _cluster.WaitUntilEverySiloKnowsTheSlotsOfEveryOtherAsync();
        var holding = _cluster.SlotsBySilo().Single(silo => silo.Value == 1).Key;

        var sweep = _cluster.Client.GetSweep($"data-{Guid.NewGuid():N}");
        await sweep.Start(TinySweep("data", 1, 2, 3, 4, 5, 6));
        var status = await Eventually.Until(() => sweep.GetStatus(), s => s.State != SweepState.Running);

        Assert.Equal(SweepState.Finished, status.State);
        Assert.All(status.Trials, trial => Assert.Equal((TrialStatus.Finished, holding, 1), (trial.Status, trial.Silo, trial.Attempts)));
    }
}
