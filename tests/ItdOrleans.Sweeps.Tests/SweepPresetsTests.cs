using ItdOrleans.Core.Data;

namespace ItdOrleans.Sweeps.Tests;

public sealed class SweepPresetsTests
{
    [Fact]
    public void The_paper_preset_runs_both_forms_of_itd_for_100000_iterations()
    {
        var spec = SweepPresets.Get("paper");

        Assert.Equal(["vbp", "fba", "itd", "itd-mul"], spec.Rules);
        Assert.Equal([100_000], spec.Iterations);
        Assert.Equal([1e-3], spec.LearningRates);
        Assert.Equal([50], spec.MinibatchSizes);
        Assert.Equal(1_000, spec.EvaluationInterval);
        AssertPaperNetwork(spec);
    }

    [Fact]
    public void The_paper_iclr_preset_is_the_short_run()
    {
        var spec = SweepPresets.Get("paper-iclr");

        Assert.Equal(["vbp", "fba", "itd"], spec.Rules);
        Assert.Equal([5_000], spec.Iterations);
        Assert.Equal([1e-2], spec.LearningRates);
        Assert.Equal([100], spec.MinibatchSizes);
        Assert.Equal(100, spec.EvaluationInterval);
        AssertPaperNetwork(spec);
    }

    [Fact]
    public void The_tiny_preset_is_small()
    {
        var spec = SweepPresets.Get("tiny");

        Assert.Equal(["vbp", "fba", "itd"], spec.Rules);
        Assert.Equal([200], spec.Iterations);
        Assert.Equal([1e-2], spec.LearningRates);
        Assert.Equal([50], spec.MinibatchSizes);
        Assert.Equal([16], spec.HiddenWidths);
        Assert.Equal([2], spec.Depths);
        Assert.Equal([1, 2], spec.Seeds);
        Assert.Equal(50, spec.EvaluationInterval);
        Assert.Equal(6, SweepGrid.Count(spec));
    }

    [Theory]
    [InlineData("paper")]
    [InlineData("paper-iclr")]
    [InlineData("tiny")]
    public void Every_preset_is_valid_and_named_after_itself(string name)
    {
        var spec = SweepPresets.Get(name);

        Assert.Equal(name, spec.Name);
        Assert.Empty(SweepValidator.Validate(spec));
        Assert.StartsWith("#", SweepPresets.Yaml(name));
    }

    [Fact]
    public void An_unknown_preset_suggests_the_closest()
    {
        var error = Assert.Throws<SweepSpecException>(() => SweepPresets.Get("papr"));

        var expected = "unknown preset 'papr'; did you mean 'paper'? (known: paper, paper-iclr, tiny)";
        Assert.Equal(expected, Assert.Single(error.Problems));
    }

    private static void AssertPaperNetwork(SweepSpec spec)
    {
        Assert.Equal("mnist", spec.Dataset);
        Assert.Equal([32], spec.HiddenWidths);
        Assert.Equal([3], spec.Depths);
        Assert.Equal(["sgd"], spec.Optimisers);
        Assert.Equal("tanh", spec.Activation);
        Assert.Equal("paper", spec.Initialisation);
        Assert.Equal([1, 2, 3, 4, 5], spec.Seeds);
        Assert.False(spec.EpochShuffling);
        Assert.Equal(Centring.TrainingMean, spec.Centring);
    }
}
