using ItdOrleans.Core.Data;
using ItdOrleans.Core.Training;

namespace ItdOrleans.Sweeps.Tests;

public sealed class SweepGridTests
{
    private static readonly SweepSpec Spec = new()
    {
        Name = "grid",
        Dataset = "fashion-mnist",
        Rules = ["vbp", "itd"],
        LearningRates = [1e-3, 1e-2],
        MinibatchSizes = [50],
        HiddenWidths = [16, 32],
        Depths = [3],
        Iterations = [500],
        Optimisers = ["sgd"],
        Seeds = [7, 9],
        Activation = "relu",
        Initialisation = "he",
        EvaluationInterval = 20,
        EpochShuffling = true,
        Centring = Centring.PerSplit,
    };

    [Fact]
    public void The_grid_is_the_product_of_the_axes()
    {
        var trials = SweepGrid.Expand(Spec);

        Assert.Equal(16, SweepGrid.Count(Spec));
        Assert.Equal(16, trials.Count);
        Assert.Equal(16, trials.Distinct().Count());
    }

    [Fact]
    public void The_rule_varies_fastest_and_the_seed_slowest()
    {
        var trials = SweepGrid.Expand(Spec);

        Assert.Equal(["vbp", "itd", "vbp", "itd"], trials.Take(4).Select(trial => trial.Rule));
        Assert.Equal([16, 16, 32, 32], trials.Take(4).Select(trial => trial.HiddenWidth));
        Assert.All(trials.Take(8), trial => Assert.Equal(7, trial.Seed));
        Assert.All(trials.Skip(8), trial => Assert.Equal(9, trial.Seed));
        Assert.Equal(1e-2, trials[4].LearningRate);
    }

    [Fact]
    public void Expansion_is_deterministic()
    {
        Assert.Equal(SweepGrid.Expand(Spec), SweepGrid.Expand(Spec with { }));
    }

    [Fact]
    public void Every_trial_carries_the_shared_settings()
    {
        var expected = new TrainingSpec
        {
            Rule = "vbp",
            Dataset = "fashion-mnist",
            Activation = "relu",
            HiddenWidth = 16,
            HiddenLayers = 3,
            Initialisation = "he",
            Optimiser = "sgd",
            LearningRate = 1e-3,
            MinibatchSize = 50,
            Iterations = 500,
            EvaluationInterval = 20,
            EpochShuffling = true,
            Centring = Centring.PerSplit,
            Seed = 7,
        };

        Assert.Equal(expected, SweepGrid.Expand(Spec)[0]);
    }

    [Fact]
    public void Overrides_set_the_seeds_and_iterations()
    {
        var trials = SweepGrid.Expand(Spec.WithSeeds(3).WithIterations(40));

        Assert.Equal(24, trials.Count);
        Assert.Equal([1, 2, 3], trials.Select(trial => trial.Seed).Distinct());
        Assert.All(trials, trial => Assert.Equal(40, trial.Iterations));
    }

    [Fact]
    public void Overrides_below_one_are_refused()
    {
        Assert.Throws<SweepSpecException>(() => Spec.WithSeeds(0));
        Assert.Throws<SweepSpecException>(() => Spec.WithIterations(-5));
    }

    [Fact]
    public void A_seed_count_past_any_sweep_is_refused_before_it_fills_the_memory()
    {
        var error = Assert.Throws<SweepSpecException>(() => Spec.WithSeeds(int.MaxValue));

        Assert.Contains("the number of seeds must be at most 1,000,000, got 2,147,483,647", Assert.Single(error.Problems));
    }

    [Fact]
    public void An_empty_axis_gives_an_empty_grid()
    {
        var empty = Spec with { Optimisers = [] };

        Assert.Equal(0, SweepGrid.Count(empty));
        Assert.Empty(SweepGrid.Expand(empty));
    }

    [Fact]
    public void A_huge_grid_is_counted_without_overflow()
    {
        var axis = Enumerable.Range(1, 3000).ToList();
        var huge = Spec with
        {
            Seeds = axis, MinibatchSizes = axis, HiddenWidths = axis, Depths = axis, Iterations = axis,
            LearningRates = [.. axis.Select(value => value * 1e-6)],
        };

        Assert.Equal(long.MaxValue, SweepGrid.Count(huge));
    }
}
