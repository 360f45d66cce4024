using System.ComponentModel;
using ItdOrleans.Client.Hosting;
using ItdOrleans.ServiceDefaults;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Settings;

/// <summary>
/// How to reach a cluster. Each option overrides its configuration key, read from appsettings.json
/// beside the program, the environment (Orleans__Clustering__ProviderType and so on) and the command
/// line (--Orleans:Clustering:ProviderType=Redis).
/// </summary>
public class ClusterSettings : ItdSettings
{
    // By the names users type; Orleans' own names are those of Providers' values.
    private static readonly Dictionary<string, string?> Providers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["localhost"] = null,
        ["redis"] = HostDefaults.RedisProvider,
        ["static"] = HostDefaults.StaticProvider,
    };

    [CommandOption("--cluster <PROVIDER>")]
    [Description("Where the silos meet: localhost (one silo on this machine), redis, or static (the --gateway list).")]
    public string? Provider { get; init; }

    [CommandOption("--gateway <HOST:PORT>")]
    [Description("A silo's gateway, at the address the silo advertises, for static clustering; repeat for more.")]
    public string[]? Gateways { get; init; }

    [CommandOption("--connection-string <TEXT>")]
    [Description("Connection string of the Redis server the silos meet through (host:port).")]
    public string? ConnectionString { get; init; }

    [CommandOption("--gateway-port <PORT>")]
    [Description("Gateway port of the localhost silo (localhost clustering); 30000 unless configured.")]
    [TypeConverter(typeof(WholeNumberConverter))]
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
    [TypeConverter(typeof(WholeNumberConverter))]
    public int ConnectTimeoutSeconds { get; init; } = 15;

    /// <summary>How long to wait for a silo to answer.</summary>
    public TimeSpan ConnectTimeout => TimeSpan.FromSeconds(ConnectTimeoutSeconds);

    /// <summary>True when any option about the cluster was given.</summary>
    public bool NamesCluster =>
        Provider is not null || ConnectionString is not null || GatewayPort is not null
        || ClusterId is not null || ServiceId is not null || Gateways is not null;

    /// <summary>The configuration keys the given options override.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Overrides()
    {
        (string Key, string? Value)[] options =
        [
            (ConfigurationKeys.ClusterProvider, ProviderType),
            (ConfigurationKeys.ClusterConnectionName,
                ConnectionString is null ? null : HostDefaults.RedisConnectionName),
            (ConfigurationKeys.RedisConnectionString, ConnectionString),
            (ConfigurationKeys.GatewayPort, GatewayPort?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (ConfigurationKeys.ClusterId, ClusterId),
            (ConfigurationKeys.ServiceId, ServiceId),
            .. (Gateways ?? []).Select((gateway, index) => ($"{ConfigurationKeys.ClusterGateways}:{index}", gateway)),
        ];
        return options
            .Where(option => option.Value is not null)
            .Select(option => KeyValuePair.Create(option.Key, option.Value));
    }

    /// <summary>The cluster options as given, for a command line that reaches the same cluster.</summary>
    public string AsArguments()
    {
        (string Option, string? Value)[] options =
        [
            ("--cluster", Provider),
            ("--connection-string", ConnectionString),
            ("--gateway-port", GatewayPort?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("--cluster-id", ClusterId),
            ("--service-id", ServiceId),
            .. (Gateways ?? []).Select(gateway => ("--gateway", (string?)gateway)),
        ];
        return string.Concat(options
            .Where(option => option.Value is not null)
            .Select(option => $" {option.Option} {Quoted(option.Value!)}"));
    }

    private static string Quoted(string value) =>
        value.All(c => char.IsLetterOrDigit(c) || c is '.' or ':' or '-' or '_' or '/') ? value : $"'{value}'";

    // Orleans' name of the provider chosen; a gateway list alone chooses static clustering.
    private string? ProviderType => Provider is not null
        ? Providers.GetValueOrDefault(Provider.Trim())
        : Gateways is not null ? HostDefaults.StaticProvider : null;

    public override ValidationResult Validate()
    {
        if (Provider is not null && !Providers.ContainsKey(Provider.Trim()))
        {
            return ValidationResult.Error(
                $"--cluster '{Provider}' is not a clustering provider (known: {string.Join(", ", Providers.Keys)})");
        }

        if (Gateways is not null && ProviderType != HostDefaults.StaticProvider)
        {
            return ValidationResult.Error($"--gateway is for --cluster static, not --cluster {Provider}");
        }

        if (Gateways?.FirstOrDefault(gateway => !StaticGateways.IsHostAndPort(gateway)) is { } wrong)
        {
            return ValidationResult.Error($"--gateway '{wrong}' is not HOST:PORT");
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
