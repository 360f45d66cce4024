using ItdOrleans.Contracts;
using ItdOrleans.Grains;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace ItdOrleans.Cluster.Tests;

/// <summary>Two silos and a client in this process, set up as the silo host sets up a real silo.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>A folder that holds no dataset, for trials that must fail to load theirs.</summary>
    public const string MissingDatasetDirectory = "/nonexistent/itd-orleans/fashion-mnist";

    private InProcessTestCluster? _cluster;

    public InProcessTestCluster Cluster =>
        _cluster ?? throw new InvalidOperationException("The cluster did not start.");

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Itd:DatasetDirectories:mnist"] = MnistDirectory.Find(),
                ["Itd:DatasetDirectories:fashion-mnist"] = MissingDatasetDirectory,
                ["Itd:SweepPollInterval"] = "00:00:00.200",
                ["Itd:SliceDuration"] = "00:00:00.200",
            })
            .Build();

        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) => silo.AddItdOrleans(configuration));
        builder.ConfigureClient(client => client.Services.AddItdSerializer());
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    // After a failed start there may be no cluster to stop.
    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }
    }
}
