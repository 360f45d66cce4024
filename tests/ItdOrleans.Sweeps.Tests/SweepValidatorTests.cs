namespace ItdOrleans.Sweeps.Tests;

public sealed class SweepValidatorTests
{
    private static readonly SweepSpec Valid = SweepPresets.Get("tiny");

    [Fact]
    public void A_valid_sweep_has_no_problems()
    {
        Assert.Empty(SweepValidator.Validate(Valid));
        SweepValidator.EnsureValid(Valid);
    }

    [Fact]
    public void An_unknown_rule_lists_the_known_rules()
    {
        var problem = Single(Valid with { Rules = ["vbp", "backprop"] });

        Assert.Equal("unknown rule 'backprop' in 'rules' (known: vbp, fba, itd, itd-mul, dfa)", problem);
    }

    [Fact]
    public void A_misspelt_rule_suggests_the_closest()
    {
        Assert.Contains("did you mean 'itd-mul'?", Single(Valid with { Rules = ["itdmul"] }));
    }

    [Fact]
    public void An_unknown_activation_is_reported()
    {
        var problem = Single(Valid with { Activation = "softplus" });

        Assert.StartsWith("unknown activation 'softplus' in 'activation'", problem);
    }

    [Fact]
    public void An_unknown_optimiser_is_reported()
    {
        var problem = Single(Valid with { Optimisers = ["rmsprop"] });

        Assert.StartsWith("unknown optimiser 'rmsprop' in 'optimisers'", problem);
    }

    [Fact]
    public void An_unknown_initialisation_is_reported()
    {
        Assert.StartsWith("unknown initialisation 'zeros'", Single(Valid with { Initialisation = "zeros" }));
    }

    [Fact]
    public void An_unknown_dataset_is_reported()
    {
        Assert.StartsWith("unknown dataset 'cifar10' in 'dataset'", Single(Valid with { Dataset = "cifar10" }));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1e-3)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_learning_rate_that_is_not_positive_and_finite_is_reported(double learningRate)
    {
        var problem = Single(Valid with { LearningRates = [1e-2, learningRate] });

        Assert.EndsWith("in 'learning_rates' must be a positive finite number", problem);
    }

    [Fact]
    public void A_minibatch_size_below_one_is_reported()
    {
        Assert.Equal("'minibatch_sizes' has 0; it must be at least 1", Single(Valid with { MinibatchSizes = [0] }));
    }

    [Fact]
    public void A_minibatch_larger_than_the_training_set_is_refused_naming_the_limit()
    {
        var problem = Single(Valid with { MinibatchSizes = [50, 55_000, 100_000] });

        Assert.Equal(
            "minibatch size 100000 in 'minibatch_sizes' is larger than the 55,000 training images of mnist", problem);
    }

    [Fact]
    public void A_network_over_the_parameter_limit_names_its_width_depth_and_size()
    {
        var problems = SweepValidator.Validate(Valid with { HiddenWidths = [32, 10_000], Depths = [2, 100] });

        Assert.Equal(
            [
                "'hidden_widths' 10000 with 'depths' 2 make a network of 107,960,010 parameters, "
                + "more than the limit of 50,000,000",
                "'hidden_widths' 10000 with 'depths' 100 make a network of 9,908,940,010 parameters, "
                + "more than the limit of 50,000,000",
            ],
            problems);
    }

    [Fact]
    public void The_parameter_limit_is_configurable()
    {
        var options = new SweepValidationOptions { MaxParameters = 25_000 };

        var problem = Assert.Single(SweepValidator.Validate(Valid with { HiddenWidths = [32] }, options));

        Assert.StartsWith("'hidden_widths' 32 with 'depths' ", problem);
        Assert.EndsWith("more than the limit of 25,000", problem);
    }

    [Fact]
    public void A_hidden_width_below_one_is_reported()
    {
        Assert.Equal("'hidden_widths' has -4; it must be at least 1", Single(Valid with { HiddenWidths = [-4] }));
    }

    [Fact]
    public void A_depth_below_one_is_reported()
    {
        Assert.Equal("'depths' has 0; it must be at least 1", Single(Valid with { Depths = [0] }));
    }

    [Fact]
    public void Iterations_below_one_are_reported()
    {
        Assert.Equal("'iterations' has 0; it must be at least 1", Single(Valid with { Iterations = [0] }));
    }

    [Fact]
    public void An_evaluation_interval_below_one_is_reported()
    {
        var problem = Single(Valid with { EvaluationInterval = 0 });

        Assert.Equal("'evaluation_interval' has 0; it must be at least 1", problem);
    }

    [Fact]
    public void An_empty_axis_is_reported()
    {
        Assert.Equal("'learning_rates' is empty, so the grid has no trials", Single(Valid with { LearningRates = [] }));
    }

    [Fact]
    public void Duplicate_seeds_are_reported()
    {
        Assert.Equal("'seeds' lists 3 2 times", Single(Valid with { Seeds = [1, 3, 3] }));
    }

    [Fact]
    public void An_empty_name_is_reported()
    {
        Assert.Equal("'name' is empty; a sweep needs a name", Single(Valid with { Name = " " }));
    }

    [Fact]
    public void A_name_over_a_hundred_characters_is_reported_with_its_length()
    {
        Assert.Empty(SweepValidator.Validate(Valid with { Name = new string('a', 100) }));
        Assert.Equal(
            "'name' has 101 characters; a sweep name may have at most 100",
            Single(Valid with { Name = new string('a', 101) }));
    }

    [Fact]
    public void A_grid_over_the_limit_says_how_many_trials_it_would_have()
    {
        var large = Valid with { Seeds = [.. Enumerable.Range(1, 1000)], HiddenWidths = [8, 16, 32, 64] };

        var problem = Single(large);

        Assert.Equal("the grid has 12,000 trials, more than the limit of 10,000", problem);
    }

    [Fact]
    public void The_trial_limit_is_configurable()
    {
        var options = new SweepValidationOptions { MaxTrials = 5 };

        var problem = Assert.Single(SweepValidator.Validate(Valid, options));

        Assert.Equal("the grid has 6 trials, more than the limit of 5", problem);
    }

    [Fact]
    public void The_dataset_check_reports_what_the_caller_finds()
    {
        var options = new SweepValidationOptions { CheckDataset = name => $"no files for {name} under /data" };

        Assert.Equal("no files for mnist under /data", Assert.Single(SweepValidator.Validate(Valid, options)));
    }

    [Fact]
    public void Every_problem_is_reported_together_and_thrown_as_one_exception()
    {
        var broken = Valid with { Rules = ["sgd"], Depths = [0], Seeds = [] };

        var error = Assert.Throws<SweepSpecException>(() => SweepValidator.EnsureValid(broken));

        Assert.Equal(3, error.Problems.Count);
        Assert.Contains("3 problems", error.Message);
    }

    private static string Single(SweepSpec spec) => Assert.Single(SweepValidator.Validate(spec));
}
