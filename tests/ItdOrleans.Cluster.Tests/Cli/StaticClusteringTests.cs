using System.Globalization;
using ItdOrleans.Cluster.Tests.Durability;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>The itd program reaching a silo through a fixed list of gateways (Orleans' static clustering).</summary>
public sealed class StaticClusteringTests(CliSiloFixture silo) : IClassFixture<CliSiloFixture>
{
    private string Port => silo.GatewayPort.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_gateway_given_by_host_name_is_reached()
    {
        var start = await RunAsync(
            "sweep", "start", "--preset", "tiny", "--iterations", "50", "--seeds", "1",
            "--dataset", RealDigits.Current.Name,
            "--cluster", "static", "--gateway", $"localhost:{Port}");
        Assert.True(start.ExitCode == 0, start.ToString());

        var watch = await RunAsync("sweep", "watch", start.Output.Trim(), "--gateway", $"127.0.0.1:{Port}");

        Assert.True(watch.ExitCode == 0, watch.ToString());
        Assert.Contains("3/3 trials ended (3 finished", watch.Output);
    }

    [Fact]
    public async Task Gateways_are_read_from_configuration_keys()
    {
        var list = await RunAsync(
            "sweep", "list", "--Orleans:Clustering:ProviderType=Static",
            "--Orleans:Clustering:Gateways:0=127.0.0.1:1", $"--Orleans:Clustering:Gateways:1=localhost:{Port}");

        Assert.True(list.ExitCode == 0, list.ToString());
    }

    [Fact]
    public async Task A_gateway_where_no_silo_listens_is_named()
    {
        var port = FreePort.Next().ToString(CultureInfo.InvariantCulture);

        var list = await RunAsync("sweep", "list", "--gateway", $"localhost:{port}", "--connect-timeout", "3");

        Assert.True(list.ExitCode == 1, list.ToString());
        Assert.Contains($"cannot reach the cluster at 127.0.0.1:{port} (static clustering)", list.Error);
    }

    [Fact]
    public async Task Gateways_need_static_clustering_and_a_port()
    {
        var withRedis = await RunAsync("sweep", "list", "--cluster", "redis", "--gateway", $"localhost:{Port}");
        var withoutPort = await RunAsync("sweep", "list", "--gateway", "localhost");
        var none = await RunAsync("sweep", "list", "--cluster", "static");

        Assert.True(withRedis.ExitCode == 2, withRedis.ToString());
        Assert.Contains("--gateway is for --cluster static", withRedis.Error);
        Assert.True(withoutPort.ExitCode == 2, withoutPort.ToString());
        Assert.Contains("--gateway 'localhost' is not HOST:PORT", withoutPort.Error);
        Assert.True(none.ExitCode == 1, none.ToString());
        Assert.Contains("static clustering needs the silos' gateways", none.Error);
    }

    private Task<ItdResult> RunAsync(params string[] args) => ItdProcess.RunAsync(
        [.. args, "--cluster-id", silo.ClusterId, "--service-id", CliSiloFixture.ServiceId]);
}
