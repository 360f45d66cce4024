using System.Globalization;
using ItdOrleans.Contracts;
using ItdOrleans.Grains;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace ItdOrleans.Cluster.Tests;

/// <summary>Two silos and a client in this process, set up as the silo host sets up a real silo.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>The most trials the silos accept in a sweep, below the default.</summary>
    public const int MaxTrials = 1_000;

    /// <summary>An empty folder the silos take for Fashion-MNIST's, for trials and sweeps without data.</summary>
    public string EmptyDatasetDirectory { get; } =
        Directory.CreateTempSubdirectory("itd-no-fashion-mnist-").FullName;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Itd:DatasetDirectories:mnist"] = MnistDirectory.Find(),
                ["Itd:DatasetDirectories:fashion-mnist"] = EmptyDatasetDirectory,
                ["Itd:MaxTrials"] = MaxTrials.ToString(CultureInfo.InvariantCulture),
                ["Itd:SweepPollInterval"] = "00:00:00.200",
                ["Itd:SliceDuration"] = "00:00:00.200",
            })
            .Build();

        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) => silo.AddItdOrleans(configuration));
        builder.ConfigureClient(client => client.Services.AddItdSerializer());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Directory.Delete(EmptyDatasetDirectory);
    }
}
