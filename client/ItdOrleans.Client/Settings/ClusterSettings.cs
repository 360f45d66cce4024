using System.ComponentModel;
using ItdOrleans.ServiceDefaults;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Settings;

/// <summary>
/// How to reach a cluster. Each option overrides its configuration key, read from appsettings.json
/// beside the program and from the environment (Itd__Cluster__Provider and so on).
/// </summary>
public class ClusterSettings : ItdSettings
{
    private static readonly string[] Providers = ["memory", "redis", "postgres"];

    [CommandOption("--cluster <PROVIDER>")]
    [Description("Where the silos meet: memory (a silo on localhost), redis or postgres.")]
    public string? Provider { get; init; }

    [CommandOption("--connection-string <TEXT>")]
    [Description("Connection string of the Redis or PostgreSQL clustering store.")]
    public string? ConnectionString { get; init; }

    [CommandOption("--gateway-port <PORT>")]
    [Description("Gateway port of the localhost silo (memory clustering); 30000 unless configured.")]
    public int? GatewayPort { get; init; }

    [CommandOption("--cluster-id <ID>")]
    [Description("The Orleans cluster id shared by the silos.")]
    public string? ClusterId { get; init; }

    [CommandOption("--service-id <ID>")]
    [Description("The Orleans service id shared by the silos.")]
    public string? ServiceId { get; init; }

    [CommandOption("--connect-timeout <SECONDS>")]
    [Description("How long to wait for a silo to answer before giving up.")]
    [DefaultValue(15)]
    public int ConnectTimeoutSeconds { get; init; } = 15;

    /// <summary>How long to wait for a silo to answer.</summary>
    public TimeSpan ConnectTimeout => TimeSpan.FromSeconds(ConnectTimeoutSeconds);

    /// <summary>True when any option about the cluster was given.</summary>
    public bool NamesCluster =>
        Provider is not null || ConnectionString is not null || GatewayPort is not null
        || ClusterId is not null || ServiceId is not null;

    /// <summary>The configuration keys the given options override.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Overrides()
    {
        (string Key, string? Value)[] options =
        [
            (ConfigurationKeys.ClusterProvider, Provider),
            (ConfigurationKeys.ClusterConnectionString, ConnectionString),
            (ConfigurationKeys.GatewayPort, GatewayPort?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (ConfigurationKeys.ClusterId, ClusterId),
            (ConfigurationKeys.ServiceId, ServiceId),
        ];
        return options
            .Where(option => option.Value is not null)
            .Select(option => KeyValuePair.Create(option.Key, option.Value));
    }

    public override ValidationResult Validate()
    {
        if (Provider is not null && !Providers.Contains(Provider.Trim().ToLowerInvariant()))
        {
            return ValidationResult.Error(
                $"--cluster '{Provider}' is not a clustering provider (known: {string.Join(", ", Providers)})");
        }

        if (ConnectTimeoutSeconds < 1)
        {
            return ValidationResult.Error($"--connect-timeout must be at least 1 second, got {ConnectTimeoutSeconds}");
        }

        return GatewayPort is < 1 or > 65535
            ? ValidationResult.Error($"--gateway-port {GatewayPort} is not a port number (1 to 65535)")
            : ValidationResult.Success();
    }
}
