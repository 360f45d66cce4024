using System.Globalization;
using ItdOrleans.Cluster.Tests.Durability;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>
/// Configuration keys on the itd command line (<c>--Section:Key=value</c>) reach the hosts'
/// configuration, as they reach a silo's; the command's own options are parsed strictly.
/// </summary>
public sealed class CommandLineConfigurationTests(CliSiloFixture silo) : IClassFixture<CliSiloFixture>, IDisposable
{
    private readonly SpecFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Cluster_keys_on_the_command_line_reach_the_silo()
    {
        var start = await SucceedAsync(
            "sweep", "start", "--preset", "tiny", "--iterations", "50", "--seeds", "1", "--dataset", RealDigits.Current.Name);
        var sweepId = start.Output.Trim();

        await SucceedAsync("sweep", "watch", sweepId);
        var list = await SucceedAsync("sweep", "list");

        Assert.Contains(list.TableRows(sweepId), cells => cells.Contains("finished") && cells.Contains("3/3"));
    }

    [Fact]
    public async Task A_clustering_provider_on_the_command_line_is_the_one_used()
    {
        var port = FreePort.Next().ToString(CultureInfo.InvariantCulture);

        var list = await ItdProcess.RunAsync(
            "sweep", "list", "--connect-timeout", "3",
            "--Orleans:Clustering:ProviderType=Redis", "--Orleans:Clustering:ConnectionName=redis",
            "--ConnectionStrings:redis", $"127.0.0.1:{port}", "--Orleans:ClusterId=elsewhere");

        Assert.True(list.ExitCode == 1, list.ToString());
        Assert.Contains("cannot reach the cluster at Redis clustering, cluster id elsewhere", list.Error);
        Assert.DoesNotContain("localhost", list.Error);
    }

    [Fact]
    public async Task A_local_run_takes_its_store_from_the_command_line()
    {
        var store = _files.PathOf("from-command-line.db");

        var run = await ItdProcess.RunAsync(
            "sweep", "run", "--preset", "tiny", "--iterations", "50", "--seeds", "1", $"--Itd:LocalStore={store}");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(store), $"no store at {store}");
    }

    [Fact]
    public async Task Unknown_options_are_refused()
    {
        var list = await ItdProcess.RunAsync(silo.Args("sweep", "list", "--clusterid", "itd"));

        Assert.True(list.ExitCode == 2, list.ToString());
        Assert.Contains("Unknown option 'clusterid'", list.Error);
    }

    [Fact]
    public async Task A_configuration_key_without_a_value_is_refused()
    {
        var list = await ItdProcess.RunAsync("sweep", "list", "--Orleans:ClusterId", "--verbose");

        Assert.True(list.ExitCode == 2, list.ToString());
        Assert.Contains("--Orleans:ClusterId has no value", list.Error);
        Assert.Equal("", list.Output);
    }

    private async Task<ItdResult> SucceedAsync(params string[] args)
    {
        var result = await ItdProcess.RunAsync(silo.ConfigurationArgs(args));
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
