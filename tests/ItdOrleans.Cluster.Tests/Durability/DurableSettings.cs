using ItdOrleans.Grains;
using ItdOrleans.ServiceDefaults;

namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>The configuration of the silos and clients these tests start, by configuration key.</summary>
internal static class DurableSettings
{
    /// <summary>Frequent checkpoints and polls; a killed silo is declared dead within seconds.</summary>
    public static Dictionary<string, string> Silo(int siloPort, int gatewayPort) => new()
    {
        [ConfigurationKeys.SiloPort] = siloPort.ToString(),
        [ConfigurationKeys.GatewayPort] = gatewayPort.ToString(),
        [ConfigurationKeys.AdvertisedAddress] = "127.0.0.1",
        [ConfigurationKeys.WebUrls] = HostDefaults.WebDisabled,
        [RealDigitsSetting.Key] = RealDigitsSetting.Value,
        ["Itd:TrainingSlots"] = "2",
        ["Itd:CheckpointInterval"] = "100",
        ["Itd:SliceDuration"] = "00:00:00.100",
        ["Itd:SweepPollInterval"] = "00:00:00.200",
        ["Itd:SweepRecoveryInterval"] = "00:00:01",
        [$"{ItdSiloBuilderExtensions.MembershipSection}:ProbeTimeout"] = "00:00:01",
        [$"{ItdSiloBuilderExtensions.MembershipSection}:NumMissedProbesLimit"] = "2",
        [$"{ItdSiloBuilderExtensions.MembershipSection}:NumVotesForDeathDeclaration"] = "1",
        [$"{ItdSiloBuilderExtensions.MembershipSection}:TableRefreshTimeout"] = "00:00:01",
        [$"{ItdSiloBuilderExtensions.MembershipSection}:IAmAliveTablePublishTimeout"] = "00:00:02",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:ItdOrleans"] = "Information",
    };

    /// <summary>A client's clustering through a Redis server; a client must not name grain storage.</summary>
    public static Dictionary<string, string> RedisClient(string connectionString, string clusterId) => new()
    {
        [ConfigurationKeys.ServiceId] = $"itd-durability-{clusterId}",
        [ConfigurationKeys.ClusterId] = clusterId,
        [ConfigurationKeys.ClusterProvider] = HostDefaults.RedisProvider,
        [ConfigurationKeys.ClusterConnectionName] = HostDefaults.RedisConnectionName,
        [ConfigurationKeys.RedisConnectionString] = connectionString,
    };

    /// <summary>A silo's clustering and grain storage through one Redis server.</summary>
    public static Dictionary<string, string> RedisSilo(string connectionString, string clusterId) =>
        Merge(RedisClient(connectionString, clusterId), new Dictionary<string, string>
        {
            [ConfigurationKeys.StorageProvider] = HostDefaults.RedisProvider,
            [ConfigurationKeys.StorageConnectionName] = HostDefaults.RedisConnectionName,
        });

    /// <summary>A lone silo on localhost clustering that keeps its grains in a SQLite file.</summary>
    public static Dictionary<string, string> LoneSiloOnFile(int gatewayPort, string store, string clusterId) =>
        Merge(
            Silo(FreePort.Next(), gatewayPort),
            LocalStore.Settings(store).ToDictionary(pair => pair.Key, pair => pair.Value!),
            new Dictionary<string, string>
            {
                [ConfigurationKeys.ServiceId] = clusterId,
                [ConfigurationKeys.ClusterId] = clusterId,
            });

    /// <summary>The union of several dictionaries of settings, later ones winning.</summary>
    public static Dictionary<string, string> Merge(params IEnumerable<KeyValuePair<string, string>>[] parts)
    {
        var merged = new Dictionary<string, string>();
        foreach (var (key, value) in parts.SelectMany(part => part))
        {
            merged[key] = value;
        }

        return merged;
    }
}
