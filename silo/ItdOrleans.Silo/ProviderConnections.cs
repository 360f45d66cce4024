using ItdOrleans.Grains;
using ItdOrleans.ServiceDefaults;
using Microsoft.Extensions.Configuration;

namespace ItdOrleans.Silo;

/// <summary>
/// The connection strings of the silo's clustering and grain storage providers, found as Orleans
/// finds them: the section's own ConnectionString, else the one its ConnectionName names under
/// ConnectionStrings.
/// </summary>
internal static class ProviderConnections
{
    private static readonly string[] Sections = ["Orleans:Clustering", ItdSiloBuilderExtensions.StorageSection];

    // The providers that cannot work without a connection string.
    private static readonly string[] NeedingConnection = [HostDefaults.RedisProvider, HostDefaults.AdoNetProvider];

    /// <summary>Each provider that names a connection, with the connection string and the key that holds it.</summary>
    /// <exception cref="SiloStartupException">A provider needs a connection string that is not set.</exception>
    public static IReadOnlyList<(string Provider, string ConnectionString, string Key)> Of(IConfiguration configuration)
    {
        var connections = new List<(string, string, string)>();
        foreach (var section in Sections.Select(configuration.GetSection))
        {
            var provider = section["ProviderType"];
            if (string.IsNullOrEmpty(provider) || !string.IsNullOrEmpty(section["ServiceKey"]))
            {
                continue;
            }

            if (Find(configuration, section) is { } found)
            {
                connections.Add((provider, found.ConnectionString, found.Key));
            }
            else if (NeedingConnection.Contains(provider))
            {
                throw new SiloStartupException(
                    $"{section.Path}:ProviderType is {provider}, which needs a connection string, but neither "
                    + $"{section.Path}:ConnectionString nor {section.Path}:ConnectionName is set.");
            }
        }

        return connections;
    }

    private static (string ConnectionString, string Key)? Find(
        IConfiguration configuration, IConfigurationSection section)
    {
        if (section["ConnectionString"] is { Length: > 0 } given)
        {
            return (given, $"{section.Path}:ConnectionString");
        }

        if (section["ConnectionName"] is not { Length: > 0 } name)
        {
            return null;
        }

        var key = $"ConnectionStrings:{name}";
        return configuration.GetConnectionString(name) is { Length: > 0 } named
            ? (named, key)
            : throw new SiloStartupException(
                $"{section.Path}:ConnectionName is '{name}', but {key} is not set "
                + $"({ConfigurationKeys.ToEnvironmentVariable(key)} in the environment).");
    }
}
