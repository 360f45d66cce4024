using ItdOrleans.Sweeps;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>
/// What itd prints for scripts to read (a sweep's id, the paths of figures and reports) comes out one
/// per line however long, although standard output is piped and tables there wrap at 160 columns.
/// </summary>
public sealed class ScriptOutputTests(CliSiloFixture silo) : IClassFixture<CliSiloFixture>, IDisposable
{
    private static readonly SweepSpec Sweep = new() { Name = "long-paths", Rules = ["vbp", "fba"], Seeds = [1] };

    private readonly SpecFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_name_longer_than_a_hundred_characters_is_refused_before_reaching_the_cluster()
    {
        var spec = _files.Write("long.yaml", $"name: {new string('n', 140)}\niterations: 50\n");

        var start = await ItdProcess.RunAsync(silo.Args("sweep", "start", spec));

        start.AssertRefused("'name' has 140 characters; a sweep name may have at most 100");
        Assert.Equal("", start.Output);
    }

    [Fact]
    public async Task The_id_of_a_sweep_with_the_longest_name_is_one_line()
    {
        var name = string.Concat(Enumerable.Repeat("long name ", 10));
        var spec = _files.Write("longest.yaml", $"name: {name.TrimEnd()}x\niterations: 10000000\nseeds: 1\n");

        var start = await ItdProcess.RunAsync(
            silo.Args("sweep", "start", spec, "--dataset", RealDigits.Current.Name));

        try
        {
            Assert.True(start.ExitCode == 0, start.ToString());
            Assert.Matches(@"^(long-name-){9}long-namex-\d{8}-\d{6}-[0-9a-f]{4}\n$", start.Output);
        }
        finally
        {
            // Its trial would hold a slot of the silo the other tests share.
            await ItdProcess.RunAsync(silo.Args("sweep", "cancel", start.Output.Trim()));
        }
    }

    [Fact]
    public async Task Paths_of_figures_and_reports_deep_in_folders_are_printed_whole()
    {
        var trials = MadeTrials.Json(Sweep, MadeTrials.Finished("vbp", 1, 0.9f), MadeTrials.Finished("fba", 1, 0.8f));
        var json = _files.Write("trials.json", trials);
        var deep = Path.Combine(_files.Folder, string.Join('/', Enumerable.Repeat("a-folder-deep-down", 10)));

        var plot = await ItdProcess.RunAsync("sweep", "plot", "--from", json, "--out", Path.Combine(deep, "f"));
        var report = await ItdProcess.RunAsync("sweep", "report", "--from", json, "--out", Path.Combine(deep, "r"));

        Assert.True(plot.ExitCode == 0, plot.ToString());
        Assert.Equal(
            [Path.Combine(deep, "f", "learning-curves-1.png"), Path.Combine(deep, "f", "learning-curves-1.svg")],
            plot.Output.TrimEnd('\n').Split('\n'));
        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Equal(Path.Combine(deep, "r", "report.md") + "\n", report.Output);
    }
}
