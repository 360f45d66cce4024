using System.Globalization;
using ItdOrleans.Contracts;
using ItdOrleans.Grains;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using Xunit.Abstractions;

namespace ItdOrleans.Cluster.Tests;

/// <summary>Two silos and a client in this process, set up as the silo host sets up a real silo.</summary>
public sealed class ClusterFixture(IMessageSink log) : IAsyncLifetime
{
    /// <summary>The most trials the silos accept in a sweep, below the default.</summary>
    public const int MaxTrials = 1_000;

    private InProcessTestCluster? _cluster;

    /// <summary>An empty folder the silos take for the unavailable dataset: sweeps and trials without data.</summary>
    public string EmptyDatasetDirectory { get; } =
        Directory.CreateTempSubdirectory("itd-no-data-").FullName;

    /// <summary>The dataset other than the real digits, set to a missing folder, for trials that must fail.</summary>
    public static string UnavailableDataset => RealDigits.Current.IsMnist ? "fashion-mnist" : "mnist";

    public InProcessTestCluster Cluster =>
        _cluster ?? throw new InvalidOperationException("The cluster did not start.");

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        RealDigitsSetting.Announce(log);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [RealDigitsSetting.Key] = RealDigitsSetting.Value,
                [RealDigitsSetting.DirectoryKey(UnavailableDataset)] = EmptyDatasetDirectory,
                ["Itd:MaxTrials"] = MaxTrials.ToString(CultureInfo.InvariantCulture),
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

    // After a failed start there may be no cluster, or one whose silos never came up.
    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }

        Directory.Delete(EmptyDatasetDirectory);
    }
}
