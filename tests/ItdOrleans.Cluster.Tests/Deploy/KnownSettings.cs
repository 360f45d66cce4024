using System.Reflection;
using ItdOrleans.Grains;
using ItdOrleans.ServiceDefaults;
using Orleans.Configuration;

namespace ItdOrleans.Cluster.Tests.Deploy;

/// <summary>
/// The environment variables the hosts read: the keys of <see cref="ConfigurationKeys"/>, the
/// grains' options under "Itd" and the membership options under "Orleans:Membership".
/// </summary>
internal static class KnownSettings
{
    public static IReadOnlySet<string> EnvironmentVariables { get; } =
        typeof(ConfigurationKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .Concat(OptionKeys<ItdOptions>(ItdOptions.Section))
            .Concat(OptionKeys<ClusterMembershipOptions>(ItdSiloBuilderExtensions.MembershipSection))
            .Append(LocalStore.PathKey)
            .Select(ConfigurationKeys.ToEnvironmentVariable)
            .ToHashSet(StringComparer.Ordinal);

    public static string Env(string key) => ConfigurationKeys.ToEnvironmentVariable(key);

    /// <summary>The port of an http URL such as http://0.0.0.0:8080.</summary>
    public static int PortOf(string url) =>
        new Uri(url.Replace("0.0.0.0", "localhost", StringComparison.Ordinal)).Port;

    /// <summary>Asserts that a silo's variables set the silo and gateway ports the code defaults to.</summary>
    public static void AssertDefaultSiloPorts(IReadOnlyDictionary<string, string> environment)
    {
        Assert.Equal(HostDefaults.SiloPort.ToString(), environment[Env(ConfigurationKeys.SiloPort)]);
        Assert.Equal(HostDefaults.GatewayPort.ToString(), environment[Env(ConfigurationKeys.GatewayPort)]);
    }

    /// <summary>Asserts that clustering and grain storage both use the Redis server at a known host.</summary>
    public static string AssertRedisClusteringAndStorage(IReadOnlyDictionary<string, string> environment)
    {
        Assert.Equal(HostDefaults.RedisProvider, environment[Env(ConfigurationKeys.ClusterProvider)]);
        Assert.Equal(HostDefaults.RedisProvider, environment[Env(ConfigurationKeys.StorageProvider)]);
        Assert.Equal(HostDefaults.RedisConnectionName, environment[Env(ConfigurationKeys.ClusterConnectionName)]);
        Assert.Equal(HostDefaults.RedisConnectionName, environment[Env(ConfigurationKeys.StorageConnectionName)]);
        return environment[Env(ConfigurationKeys.RedisConnectionString)].Split(':')[0];
    }

    /// <summary>Variables named like ours (Itd__, Orleans__, ConnectionStrings__, OTEL_) that no host reads.</summary>
    public static IEnumerable<string> Unknown(IEnumerable<string> names) =>
        names.Where(name => IsOurs(name) && !EnvironmentVariables.Contains(name));

    private static IEnumerable<string> OptionKeys<T>(string section) =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanWrite)
            .Select(property => $"{section}:{property.Name}");

    private static bool IsOurs(string name) =>
        new[] { "Itd__", "Orleans__", "ConnectionStrings__", "OTEL_" }
            .Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal));
}
