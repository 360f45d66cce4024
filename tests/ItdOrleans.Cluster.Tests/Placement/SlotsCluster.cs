using System.Collections.Concurrent;
using ItdOrleans.Contracts;
using ItdOrleans.Grains;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace ItdOrleans.Cluster.Tests.Placement;

/// <summary>
/// An in-process cluster whose silos have different training slots: each silo set up, at the
/// start or added later, takes the next count of the list it was given.
/// </summary>
internal sealed class SlotsCluster : IAsyncDisposable
{
    private static readonly Dictionary<string, string?> NoSettings = [];

    private readonly ConcurrentQueue<(int Slots, IReadOnlyDictionary<string, string?> Settings)> _slots;

    private SlotsCluster(
        InProcessTestCluster cluster, ConcurrentQueue<(int Slots, IReadOnlyDictionary<string, string?> Settings)> slots)
    {
        Cluster = cluster;
        _slots = slots;
    }

    public InProcessTestCluster Cluster { get; }

    public IClusterClient Client => Cluster.Client;

    /// <summary>
    /// Starts <paramref name="silos"/> silos that take their training slots from <paramref name="slots"/>
    /// (silos started together take them in no set order), with <paramref name="settings"/> added to
    /// the configuration of each.
    /// </summary>
    public static Task<SlotsCluster> StartAsync(
        short silos, int[] slots, IReadOnlyDictionary<string, string?>? settings = null) =>
        StartAsync(silos, [.. slots.Select(count => (count, settings ?? NoSettings))]);

    /// <summary>
    /// Starts <paramref name="silos"/> silos, each taking the training slots and settings of the next
    /// entry of <paramref name="setups"/> (silos started together take them in no set order).
    /// </summary>
    public static async Task<SlotsCluster> StartAsync(
        short silos, (int Slots, IReadOnlyDictionary<string, string?> Settings)[] setups)
    {
        var queue = new ConcurrentQueue<(int Slots, IReadOnlyDictionary<string, string?> Settings)>(setups);
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((silo, siloBuilder) =>
        {
            var setup = Next(queue, silo.SiloName);
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(Settings(setup.Slots))
                .AddInMemoryCollection(setup.Settings)
                .Build();
            siloBuilder.AddItdOrleans(configuration);
        });
        builder.ConfigureClient(client => client.Services.AddItdSerializer());
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new SlotsCluster(cluster, queue);
    }

    /// <summary>Starts one more silo, with the next training slots of the list.</summary>
    public async Task<InProcessSiloHandle> AddSiloAsync() =>
        _slots.IsEmpty
            ? throw new InvalidOperationException("Every count of training slots has a silo already.")
            : await Cluster.StartAdditionalSiloAsync();

    /// <summary>The training slots each active silo was given, by silo address as trial records name it.</summary>
    public IReadOnlyDictionary<string, int> SlotsBySilo() =>
        Cluster.GetActiveSilos().ToDictionary(
            silo => silo.SiloAddress.ToString(),
            silo => silo.ServiceProvider.GetRequiredService<TrainingSlots>().Count);

    /// <summary>
    /// Waits until every active silo may place grains on every other and has learnt the training
    /// slots each publishes; after the deadline it fails with what each silo has learnt.
    /// </summary>
    public async Task WaitUntilEverySiloKnowsTheSlotsOfEveryOtherAsync()
    {
        await Cluster.WaitForClusterManifestToStabilizeAsync();
        var silos = Cluster.GetActiveSilos().ToList();
        var given = SlotsBySilo();
        var expected = Views(silos, _ => given);
        await Eventually.Until(
            () => Task.FromResult(Views(silos, PublishedSlots)),
            views => views == expected);
    }

    private static Dictionary<string, int> PublishedSlots(InProcessSiloHandle viewer)
    {
        var published = viewer.ServiceProvider.GetRequiredService<PublishedTrainingSlots>();
        return viewer.ServiceProvider.GetRequiredService<IClusterMembershipService>().CurrentSnapshot.Members.Values
            .Where(member => member.Status == SiloStatus.Active)
            .ToDictionary(member => member.SiloAddress.ToString(), member => published.Of(member.SiloAddress));
    }

    // One line per silo: "silo sees silo=slots, ..." in address order.
    private static string Views(
        IEnumerable<InProcessSiloHandle> silos, Func<InProcessSiloHandle, IReadOnlyDictionary<string, int>> seenBy) =>
        string.Join('\n', silos.Select(viewer =>
            $"{viewer.SiloAddress} sees " + string.Join(", ", seenBy(viewer)
                .OrderBy(slots => slots.Key, StringComparer.Ordinal)
                .Select(slots => $"{slots.Key}={slots.Value}"))));

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    private static (int Slots, IReadOnlyDictionary<string, string?> Settings) Next(
        ConcurrentQueue<(int Slots, IReadOnlyDictionary<string, string?> Settings)> setups, string siloName) =>
        setups.TryDequeue(out var setup)
            ? setup
            : throw new InvalidOperationException($"No training slots are left for silo {siloName}.");

    private static Dictionary<string, string?> Settings(int slots) => new()
    {
        [RealDigitsSetting.Key] = RealDigitsSetting.Value,
        ["Itd:TrainingSlots"] = slots.ToString(),
        ["Itd:SweepPollInterval"] = "00:00:00.200",
        ["Itd:SliceDuration"] = "00:00:00.200",
    };
}
