using System.Reflection;
using ItdOrleans.ServiceDefaults;

namespace ItdOrleans.Cluster.Tests.Deploy;

/// <summary>The environment variables the hosts read, taken from <see cref="ConfigurationKeys"/>.</summary>
internal static class KnownSettings
{
    public static IReadOnlySet<string> EnvironmentVariables { get; } =
        typeof(ConfigurationKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => ConfigurationKeys.ToEnvironmentVariable((string)field.GetRawConstantValue()!))
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

    /// <summary>Variables that look like ours (Itd__ or OTEL_) but that no host reads.</summary>
    public static IEnumerable<string> Unknown(IEnumerable<string> names) =>
        names.Where(name => IsOurs(name) && !EnvironmentVariables.Contains(name));

    private static bool IsOurs(string name) =>
        name.StartsWith("Itd__", StringComparison.Ordinal) || name.StartsWith("OTEL_", StringComparison.Ordinal);
}
