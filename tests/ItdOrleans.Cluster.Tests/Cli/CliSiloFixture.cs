using System.Globalization;
using ItdOrleans.Cluster.Tests.Durability;
using ItdOrleans.Grains;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>
/// A silo in the test process with a gateway on a free localhost port, for the itd program to
/// reach as a client from its own process.
/// </summary>
public sealed class CliSiloFixture(IMessageSink log) : IAsyncLifetime
{
    public const string ServiceId = "itd-cli-tests";

    private IHost? _host;

    public int GatewayPort { get; } = FreePort.Next();

    public string ClusterId { get; } = $"itd-cli-{Guid.NewGuid():N}";

    /// <summary>An empty folder that the silo takes for Fashion-MNIST's, for sweeps that lack their data.</summary>
    public string EmptyDatasetDirectory { get; } = Directory.CreateTempSubdirectory("itd-cli-no-data-").FullName;

    /// <summary>The arguments followed by the options that reach this silo.</summary>
    public string[] Args(params string[] args) =>
    [
        .. args,
        "--gateway-port", GatewayPort.ToString(CultureInfo.InvariantCulture),
        "--cluster-id", ClusterId,
        "--service-id", ServiceId,
    ];

    /// <summary>
    /// The arguments followed by configuration keys that reach this silo, in both forms the
    /// command line takes (<c>--Key=value</c> and <c>--Key value</c>).
    /// </summary>
    public string[] ConfigurationArgs(params string[] args) =>
    [
        .. args,
        "--Orleans:Endpoints:GatewayPort=" + GatewayPort.ToString(CultureInfo.InvariantCulture),
        "--Orleans:ClusterId", ClusterId,
        "--Orleans:ServiceId=" + ServiceId,
    ];

    public async Task InitializeAsync()
    {
        RealDigitsSetting.Announce(log);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [RealDigitsSetting.Key] = RealDigitsSetting.Value,
            [RealDigitsSetting.DirectoryKey(ClusterFixture.UnavailableDataset)] = EmptyDatasetDirectory,
            ["Itd:SweepPollInterval"] = "00:00:00.200",
            ["Itd:SliceDuration"] = "00:00:00.200",
        });
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort.Next(), GatewayPort, serviceId: ServiceId, clusterId: ClusterId);
            silo.AddItdOrleans(builder.Configuration);
        });

        _host = builder.Build();
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        Directory.Delete(EmptyDatasetDirectory);
    }
}
