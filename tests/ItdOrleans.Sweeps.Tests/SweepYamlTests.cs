using ItdOrleans.Core.Data;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Sweeps.Tests;

public sealed class SweepYamlTests
{
    private const string EveryKey = """
        name: lr-scan
        dataset: fashion-mnist
        rules: [vbp, fba, itd-mul]
        learning_rates: [1e-3, 0.02]
        minibatch_sizes: [25, 100]
        hidden_widths: [16, 64]
        depths: [2, 4]
        iterations: [300, 7000]
        optimisers: [sgd, adam]
        seeds: [7, 8]
        activation: relu
        initialisation: xavier
        evaluation_interval: 25
        epoch_shuffling: true
        centring: per-split
        """;

    [Fact]
    public void Every_key_is_read()
    {
        var spec = SweepYaml.Parse(EveryKey);

        Assert.Equal("lr-scan", spec.Name);
        Assert.Equal("fashion-mnist", spec.Dataset);
        Assert.Equal(["vbp", "fba", "itd-mul"], spec.Rules);
        Assert.Equal([1e-3, 0.02], spec.LearningRates);
        Assert.Equal([25, 100], spec.MinibatchSizes);
        Assert.Equal([16, 64], spec.HiddenWidths);
        Assert.Equal([2, 4], spec.Depths);
        Assert.Equal([300, 7000], spec.Iterations);
        Assert.Equal(["sgd", "adam"], spec.Optimisers);
        Assert.Equal([7, 8], spec.Seeds);
        Assert.Equal("relu", spec.Activation);
        Assert.Equal("xavier", spec.Initialisation);
        Assert.Equal(25, spec.EvaluationInterval);
        Assert.True(spec.EpochShuffling);
        Assert.Equal(Centring.PerSplit, spec.Centring);
    }

    [Fact]
    public void A_scalar_axis_is_a_list_of_one_and_a_scalar_seed_is_a_count()
    {
        var spec = SweepYaml.Parse("""
            rules: itd
            learning_rates: 1e-2
            minibatch_sizes: 50
            hidden_widths: 32
            depths: 3
            iterations: 5000
            optimisers: momentum
            seeds: 4
            """);

        Assert.Equal(["itd"], spec.Rules);
        Assert.Equal([1e-2], spec.LearningRates);
        Assert.Equal([50], spec.MinibatchSizes);
        Assert.Equal([32], spec.HiddenWidths);
        Assert.Equal([3], spec.Depths);
        Assert.Equal([5000], spec.Iterations);
        Assert.Equal(["momentum"], spec.Optimisers);
        Assert.Equal([1, 2, 3, 4], spec.Seeds);
    }

    [Fact]
    public void A_list_of_one_seed_names_that_seed()
    {
        Assert.Equal([5], SweepYaml.Parse("seeds: [5]").Seeds);
    }

    [Fact]
    public void Keys_left_out_keep_the_defaults()
    {
        Assert.Equal(new SweepSpec { Name = "short" }, SweepYaml.Parse("name: short"));
    }

    [Fact]
    public void An_unknown_key_names_the_key_its_line_and_the_closest_key()
    {
        var error = Assert.Throws<SweepSpecException>(() => SweepYaml.Parse("""
            name: lr-scan
            dataset: mnist
            rules: [vbp]
            learning_rate: [1e-3]
            """, "lr-scan.yaml"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("unknown key 'learning_rate' at line 4; did you mean 'learning_rates'?", problem);
        Assert.StartsWith("lr-scan.yaml: ", error.Message);
    }

    [Fact]
    public void An_unknown_key_with_no_close_match_lists_the_known_keys()
    {
        var error = Assert.Throws<SweepSpecException>(() => SweepYaml.Parse("colour: blue"));

        Assert.Contains("unknown key 'colour' at line 1; known keys: name, dataset, rules", error.Problems[0]);
    }

    [Fact]
    public void Text_for_a_number_names_the_key_and_line()
    {
        var error = Assert.Throws<SweepSpecException>(() => SweepYaml.Parse("""
            name: x
            minibatch_sizes: [50, fifty]
            """));

        Assert.Equal("key 'minibatch_sizes' at line 2 expects a whole number, got 'fifty'", error.Problems[0]);
    }

    [Theory]
    [InlineData("learning_rates: fast", "key 'learning_rates' at line 1 expects a number, got 'fast'")]
    [InlineData("evaluation_interval: 1.5", "key 'evaluation_interval' at line 1 expects a whole number, got '1.5'")]
    [InlineData("epoch_shuffling: maybe", "key 'epoch_shuffling' at line 1 expects a true or false, got 'maybe'")]
    [InlineData("centring: global",
        "key 'centring' at line 1 expects a training-mean or per-split, got 'global'")]
    [InlineData("activation: [tanh, relu]",
        "key 'activation' at line 1 takes a single text, not a list or mapping")]
    [InlineData("seeds: 0", "key 'seeds' at line 1: a count of seeds must be at least 1, got 0")]
    [InlineData("seeds: 1000000000",
        "key 'seeds' at line 1: a count of seeds must be at most 1,000,000, got 1,000,000,000")]
    [InlineData("depths:", "key 'depths' at line 1 has no value; expected a whole number")]
    public void A_badly_typed_value_is_reported(string yaml, string expected)
    {
        var error = Assert.Throws<SweepSpecException>(() => SweepYaml.Parse(yaml));

        Assert.Equal(expected, Assert.Single(error.Problems));
    }

    [Fact]
    public void Every_problem_is_reported_together()
    {
        var error = Assert.Throws<SweepSpecException>(() => SweepYaml.Parse("""
            rule: vbp
            depths: three
            seed: 3
            """));

        Assert.Equal(3, error.Problems.Count);
        Assert.Contains("line 1", error.Problems[0]);
        Assert.Contains("line 2", error.Problems[1]);
        Assert.Contains("did you mean 'seeds'", error.Problems[2]);
    }

    [Fact]
    public void Malformed_yaml_is_reported_with_its_line()
    {
        var error = Assert.Throws<SweepSpecException>(() => SweepYaml.Parse("name: x\nrules: [vbp, fba\n"));

        Assert.StartsWith("malformed YAML at line 3: ", Assert.Single(error.Problems));
    }

    [Fact]
    public void A_key_given_twice_is_reported()
    {
        var error = Assert.Throws<SweepSpecException>(() => SweepYaml.Parse("rules: vbp\nrules: fba\n"));

        Assert.StartsWith("malformed YAML at line 2: Duplicate key", Assert.Single(error.Problems));
    }

    [Theory]
    [InlineData("", "expected one YAML document, found 0")]
    [InlineData("just text", "expected a mapping of keys to values at line 1")]
    public void A_document_that_is_not_a_mapping_is_reported(string yaml, string expected)
    {
        var error = Assert.Throws<SweepSpecException>(() => SweepYaml.Parse(yaml));

        Assert.Equal(expected, Assert.Single(error.Problems));
    }

    [Fact]
    public void Writing_and_reading_back_gives_an_equal_specification()
    {
        var spec = SweepYaml.Parse(EveryKey);

        var written = SweepYaml.Write(spec);

        Assert.Equal(spec, SweepYaml.Parse(written));
        Assert.Contains("seeds: [7, 8]", written);
        Assert.StartsWith("name: lr-scan\n", written);
        Assert.EndsWith("centring: per-split\n", written);
    }

    [Fact]
    public void Names_that_need_quotes_survive_the_round_trip()
    {
        var spec = new SweepSpec { Name = "scan: #2", LearningRates = [1e-5, 0.1] };

        Assert.Equal(spec, SweepYaml.Parse(SweepYaml.Write(spec)));
    }

    [Fact]
    public void Seeds_one_to_n_are_written_as_a_count()
    {
        var written = SweepYaml.Write(new SweepSpec().WithSeeds(3));

        Assert.Contains("seeds: 3", written);
        Assert.Equal([1, 2, 3], SweepYaml.Parse(written).Seeds);
    }

    [Fact]
    public void Load_names_the_file_in_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sweep-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "iteration: 5");
        try
        {
            var error = Assert.Throws<SweepSpecException>(() => SweepYaml.Load(path));

            Assert.Equal(Path.GetFileName(path), error.Origin);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
