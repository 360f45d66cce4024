using System.Globalization;
using ItdOrleans.Cluster.Tests.Durability;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>The itd program as a client of a running silo: start, watch, list, show, export and cancel.</summary>
public sealed class ClusterCommandTests(CliSiloFixture silo) : IClassFixture<CliSiloFixture>, IDisposable
{
    private static readonly string[] Rules = ["vbp", "fba", "itd"];

    private readonly SpecFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Started_sweep_is_watched_listed_shown_and_exported()
    {
        var sweepId = await StartAsync("--preset", "tiny");
        Assert.StartsWith("tiny-", sweepId);

        var watch = await ItdProcess.RunAsync(silo.Args("sweep", "watch", sweepId));
        Assert.True(watch.ExitCode == 0, watch.ToString());
        Assert.Equal(Rules.Order(), watch.TableRows(Rules).Select(cells => cells[1]).Order());

        var list = await ItdProcess.RunAsync(silo.Args("sweep", "list"));
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains(list.TableRows(sweepId), cells => cells.Contains("finished") && cells.Contains("6/6"));

        var show = await ItdProcess.RunAsync(silo.Args("sweep", "show", sweepId));
        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains(
            $"{sweepId} (tiny on {RealDigits.Current.Name}): finished, 6/6 trials ended, 6 finished", show.Output);
        Assert.Equal(3, show.TableRows(Rules).Count);

        var csv = await ExportAsync(sweepId, "csv");
        var csvLines = csv.TrimEnd().Split('\n');
        Assert.StartsWith("dataset,rule,", csvLines[0]);
        Assert.Equal(Rules.Order(), csvLines.Skip(1).Select(line => line.Split(',')[1]).Order());

        var markdown = await ExportAsync(sweepId, "md");
        Assert.Contains($"**Dataset: {RealDigits.Current.Name}**", markdown);
        Assert.All(Rules, rule => Assert.Contains($"| {rule} |", markdown));

        var trials = SweepJson.ReadTrials(await ExportAsync(sweepId, "json"));
        Assert.Equal(6, trials.Trials.Count);
        Assert.All(trials.Trials, trial =>
        {
            Assert.Equal(TrialStatus.Finished, trial.Status);
            Assert.NotEmpty(trial.Result!.Curve);
        });
    }

    [Fact]
    public async Task Export_to_standard_output_writes_the_table_alone()
    {
        var sweepId = await StartAsync("--preset", "tiny", "--iterations", "50", "--seeds", "1");
        await ItdProcess.RunAsync(silo.Args("sweep", "watch", sweepId));

        var export = await ItdProcess.RunAsync(silo.Args("sweep", "export", sweepId, "--format", "csv"));

        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Equal(4, export.Output.TrimEnd().Split('\n').Length);
        Assert.StartsWith("dataset,rule,", export.Output);
    }

    [Fact]
    public async Task Cancelled_sweep_is_shown_as_cancelled()
    {
        var sweepId = await StartAsync("--preset", "tiny", "--iterations", "10000000");

        var cancel = await ItdProcess.RunAsync(silo.Args("sweep", "cancel", sweepId));

        Assert.True(cancel.ExitCode == 0, cancel.ToString());
        Assert.Contains(": cancelled,", cancel.Output);
        var show = await ItdProcess.RunAsync(silo.Args("sweep", "show", sweepId));
        Assert.Contains(": cancelled,", show.Output);
    }

    [Fact]
    public async Task Invalid_sweep_is_refused_before_reaching_the_cluster()
    {
        var spec = _files.Write("zero.yaml", "name: zero\nlearning_rates: 0\n");

        var start = await ItdProcess.RunAsync(silo.Args("sweep", "start", spec));

        Assert.True(start.ExitCode == 2, start.ToString());
        Assert.Contains("'learning_rates'", start.Error);
        Assert.Equal("", start.Output);
    }

    [Fact]
    public async Task Sweep_whose_data_the_silo_lacks_is_refused_in_a_plain_message()
    {
        var start = await ItdProcess.RunAsync(
            silo.Args("sweep", "start", "--preset", "tiny", "--dataset", ClusterFixture.UnavailableDataset));

        Assert.True(start.ExitCode == 2, start.ToString());
        Assert.Contains($"dataset '{ClusterFixture.UnavailableDataset}' cannot be loaded", start.Error);
        Assert.Contains(silo.EmptyDatasetDirectory, start.Error);
        Assert.DoesNotContain("Exception", start.Error);
        Assert.DoesNotContain("   at ", start.Error);
        Assert.Equal("", start.Output);
    }

    [Fact]
    public async Task Unknown_sweep_id_is_named()
    {
        var show = await ItdProcess.RunAsync(silo.Args("sweep", "show", "no-such-sweep"));

        Assert.True(show.ExitCode == 1, show.ToString());
        Assert.Contains("no sweep 'no-such-sweep'", show.Error);
    }

    [Fact]
    public async Task Unreachable_cluster_is_one_line_without_a_stack_trace()
    {
        var port = FreePort.Next().ToString(CultureInfo.InvariantCulture);

        var list = await ItdProcess.RunAsync(
            "sweep", "list", "--gateway-port", port, "--connect-timeout", "3");

        Assert.True(list.ExitCode == 1, list.ToString());
        Assert.Contains($"cannot reach the cluster at localhost:{port}", list.Error);
        Assert.Single(list.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Export_format_must_be_known()
    {
        var export = await ItdProcess.RunAsync(silo.Args("sweep", "export", "any", "--format", "xlsx"));

        Assert.True(export.ExitCode == 2, export.ToString());
        Assert.Contains("--format 'xlsx'", export.Error);
    }

    // The silo holds only the real digits, so the sweep trains on them whatever its preset names.
    private async Task<string> StartAsync(params string[] args)
    {
        var start = await ItdProcess.RunAsync(
            silo.Args(["sweep", "start", .. args, "--dataset", RealDigits.Current.Name]));
        Assert.True(start.ExitCode == 0, start.ToString());
        return start.Output.Trim();
    }

    private async Task<string> ExportAsync(string sweepId, string format)
    {
        var path = _files.PathOf($"export.{format}");
        var export = await ItdProcess.RunAsync(
            silo.Args("sweep", "export", sweepId, "--format", format, "--out", path));
        Assert.True(export.ExitCode == 0, export.ToString());
        return File.ReadAllText(path);
    }
}
