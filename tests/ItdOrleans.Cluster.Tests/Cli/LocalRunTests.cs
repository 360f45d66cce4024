using ItdOrleans.Sweeps;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary><c>itd sweep run</c> end to end: the real program, a silo of its own, real data.</summary>
public sealed class LocalRunTests : IDisposable
{
    private static readonly string[] Rules = ["vbp", "fba", "itd"];

    private readonly SpecFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Tiny_preset_prints_one_row_per_rule_and_writes_every_trial()
    {
        var json = _files.PathOf("trials.json");

        var result = await ItdProcess.RunAsync("sweep", "run", "--preset", "tiny", "--json", json);

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = result.TableRows(Rules);
        Assert.Equal(Rules.Order(), rows.Select(cells => cells[1]).Order());
        Assert.Contains($"tiny on {RealDigits.Current.Name}", result.Output);
        Assert.Contains("Elapsed:", result.Output);

        var trials = SweepJson.ReadTrials(File.ReadAllText(json));
        Assert.Equal(RealDigits.Current.Name, trials.Sweep?.Dataset);
        Assert.Equal(SweepGrid.Count(SweepPresets.Get("tiny")), trials.Trials.Count);
        Assert.All(trials.Trials, trial =>
        {
            Assert.Equal(TrialStatus.Finished, trial.Status);
            Assert.NotNull(trial.Result);
            Assert.Equal(trial.Spec.Iterations, trial.Result.IterationsDone);
            Assert.NotEmpty(trial.Result.Curve);
        });
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Running_a_sweep_again_on_its_store_takes_every_trial_from_it()
    {
        var spec = _files.Write("again.yaml", $"""
            name: again
            dataset: {RealDigits.Current.Name}
            rules: [vbp, fba]
            learning_rates: [1e-3, 2e-3, 3e-3, 4e-3, 5e-3]
            hidden_widths: 8
            depths: 1
            iterations: 20
            evaluation_interval: 10
            seeds: 3
            """);
        var store = new Dictionary<string, string?> { ["Itd__LocalStore"] = _files.PathOf("again.db") };
        var first = await ItdProcess.RunAsync(store, "sweep", "run", spec);
        Assert.True(first.ExitCode == 0, first.ToString());

        var again = await ItdProcess.RunAsync(store, "sweep", "run", spec);

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("30 of 30 trials had ended in an earlier run and are taken from the local store", again.Output);
        Assert.Equal(first.TableRows(Rules[..2]), again.TableRows(Rules[..2]));
    }

    [Fact]
    public async Task Unknown_key_is_named_and_nothing_starts()
    {
        var spec = _files.Write("typo.yaml", "name: typo\nrules: [vbp]\nlearning_rate: 0.01\n");

        var result = await ItdProcess.RunAsync("sweep", "run", spec);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("learning_rate", result.Error);
        Assert.Contains("typo.yaml", result.Error);
        Assert.DoesNotContain("Running sweep", result.Output);
    }

    [Fact]
    public async Task Zero_learning_rate_fails_before_starting()
    {
        var spec = _files.Write("zero.yaml", "name: zero\nrules: [vbp, itd]\nlearning_rates: [0.01, 0]\n");
        var json = _files.PathOf("never.json");

        var result = await ItdProcess.RunAsync("sweep", "run", spec, "--json", json);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("learning rate 0 in 'learning_rates'", result.Error);
        Assert.DoesNotContain("Running sweep", result.Output);
        Assert.False(File.Exists(json));
    }

    [Fact]
    public async Task Unknown_rule_and_empty_axis_are_both_reported()
    {
        var spec = _files.Write("bad.yaml", "name: bad\nrules: [vbp, backprop]\nhidden_widths: []\n");

        var result = await ItdProcess.RunAsync("sweep", "run", spec);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("unknown rule 'backprop'", result.Error);
        Assert.Contains("'hidden_widths' is empty", result.Error);
    }

    [Fact]
    public async Task Grid_larger_than_the_limit_is_refused()
    {
        var result = await ItdProcess.RunAsync("sweep", "run", "--preset", "tiny", "--max-trials", "5");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("the grid has 6 trials, more than the limit of 5", result.Error);
        Assert.DoesNotContain("Running sweep", result.Output);
    }

    [Theory]
    [Trait("Category", "Slow")]
    [InlineData("2")]
    [InlineData("0")]
    public async Task The_trial_limit_given_reaches_the_silo_of_the_run(string inEnvironment)
    {
        // Three trials: over the limit the silo would otherwise read from the environment, or out of range.
        var environment = new Dictionary<string, string?> { ["Itd__MaxTrials"] = inEnvironment };

        var result = await ItdProcess.RunAsync(
            environment, "sweep", "run", "--preset", "tiny", "--seeds", "1", "--iterations", "50",
            "--max-trials", "3");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"tiny on {RealDigits.Current.Name}", result.Output);
    }

    [Theory]
    [InlineData("Itd__TrainingSlots", "-1", "Itd:TrainingSlots must be at least 0, got -1")]
    [InlineData("Itd__CheckpointInterval", "0", "Itd:CheckpointInterval must be at least 1, got 0")]
    [InlineData("Itd__TrialRetries", "-1", "Itd:TrialRetries must be at least 0, got -1")]
    [InlineData("Itd__SliceDuration", "00:00:00", "Itd:SliceDuration must be longer than zero, got 00:00:00")]
    public async Task A_silo_setting_out_of_range_is_named_and_nothing_starts(string key, string value, string message)
    {
        var environment = new Dictionary<string, string?> { [key] = value };

        var result = await ItdProcess.RunAsync(environment, "sweep", "run", "--preset", "tiny");

        result.AssertRefused(message);
    }

    [Fact]
    public async Task File_and_preset_together_are_refused()
    {
        var spec = _files.Write("one.yaml", "name: one\n");

        var result = await ItdProcess.RunAsync("sweep", "run", spec, "--preset", "tiny");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("either a specification FILE or --preset NAME", result.Error);
    }

    [Fact]
    public async Task A_given_mnist_folder_without_the_files_stops_the_run_by_name()
    {
        var folder = Directory.CreateDirectory(_files.PathOf("empty-mnist")).FullName;
        File.WriteAllText(Path.Combine(folder, "train-images-idx3-ubyte"), "");

        var result = await ItdProcess.RunAsync(
            new Dictionary<string, string?> { ["ITD_MNIST_DIR"] = folder }, "sweep", "run", "--preset", "tiny");

        result.AssertRefused();
        Assert.Contains($"not found in {folder}, given by ITD_MNIST_DIR", result.UnwrappedError);
        Assert.Contains(
            "it lacks train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte", result.UnwrappedError);
        Assert.DoesNotContain("Fashion-MNIST", result.Error);
    }

    [Fact]
    public async Task A_mnist_folder_given_as_a_configuration_key_must_exist()
    {
        var folder = _files.PathOf("no-mnist");

        var result = await ItdProcess.RunAsync(
            new Dictionary<string, string?> { ["ITD_MNIST_DIR"] = null },
            "sweep", "run", "--preset", "tiny", $"--Itd:DatasetDirectories:mnist={folder}");

        result.AssertRefused();
        Assert.Contains(
            $"not found in {folder}, given by Itd:DatasetDirectories:mnist: it does not exist", result.UnwrappedError);
        Assert.DoesNotContain("Fashion-MNIST", result.Error);
    }

    [Fact]
    public async Task Missing_data_is_named_and_nothing_starts()
    {
        var environment = new Dictionary<string, string?>
        {
            ["ITD_MNIST_DIR"] = null,
            ["ITD_DATA_CACHE"] = Path.Combine(_files.Folder, "cache"),
            ["ITD_FASHION_MNIST_DIR"] = Path.Combine(_files.Folder, "no-fashion-mnist"),
        };

        var result = await ItdProcess.RunAsync(environment, "sweep", "run", "--preset", "tiny");

        result.AssertRefused();
        Assert.Contains("MNIST not found: ITD_MNIST_DIR is not set", result.Error);
        Assert.Contains("Fashion-MNIST, used in its place, was not found either", result.UnwrappedError);
        Assert.Contains("no-fashion-mnist, given by ITD_FASHION_MNIST_DIR", result.UnwrappedError);
        Assert.DoesNotContain("DatasetOptions", result.Error);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Without_mnist_the_sweep_runs_on_fashion_mnist_and_says_so()
    {
        // Fashion-MNIST comes from the Debian package dataset-fashion-mnist, installed by
        // deploy/local/prerequisites.sh; MNIST is hidden from the program.
        var environment = new Dictionary<string, string?>
        {
            ["ITD_MNIST_DIR"] = null,
            ["ITD_FASHION_MNIST_DIR"] = null,
            ["ITD_DATA_CACHE"] = Path.Combine(_files.Folder, "cache"),
        };

        var result = await ItdProcess.RunAsync(
            environment, "sweep", "run", "--preset", "tiny", "--seeds", "1", "--iterations", "50");

        Assert.True(result.ExitCode == 0, result.ToString());
        var cache = Path.Combine(_files.Folder, "cache", "mnist");
        Assert.Contains(
            $"MNIST not found: ITD_MNIST_DIR is not set, the download cache ({cache}) holds no copy, and --download "
            + "was not given. Using Fashion-MNIST from /usr/share/datasets/fashion-mnist instead.",
            result.UnwrappedError);
        Assert.Contains("tiny on fashion-mnist", result.Output);
        Assert.DoesNotContain("on mnist", result.Output);
    }
}
