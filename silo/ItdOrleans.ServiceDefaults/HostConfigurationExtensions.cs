using Microsoft.Extensions.Configuration;

namespace ItdOrleans.ServiceDefaults;

/// <summary>Reads the settings of <see cref="ConfigurationKeys"/>, else their <see cref="HostDefaults"/>.</summary>
public static class HostConfigurationExtensions
{
    /// <summary>The URLs of the silo's web endpoint, or null when it is switched off.</summary>
    public static string? GetWebUrls(this IConfiguration configuration)
    {
        var urls = configuration[ConfigurationKeys.WebUrls] ?? HostDefaults.WebUrls;
        var disabled = string.IsNullOrWhiteSpace(urls)
            || string.Equals(urls.Trim(), HostDefaults.WebDisabled, StringComparison.OrdinalIgnoreCase);
        return disabled ? null : urls;
    }

    /// <summary>The silo-to-silo port.</summary>
    public static int GetSiloPort(this IConfiguration configuration) =>
        configuration.GetValue(ConfigurationKeys.SiloPort, HostDefaults.SiloPort);

    /// <summary>The client gateway port.</summary>
    public static int GetGatewayPort(this IConfiguration configuration) =>
        configuration.GetValue(ConfigurationKeys.GatewayPort, HostDefaults.GatewayPort);

    /// <summary>The clustering provider, lower-case.</summary>
    public static string GetClusterProvider(this IConfiguration configuration) =>
        (configuration[ConfigurationKeys.ClusterProvider] ?? HostDefaults.ClusterProvider).Trim().ToLowerInvariant();

    /// <summary>The Orleans service id.</summary>
    public static string GetServiceId(this IConfiguration configuration) =>
        configuration[ConfigurationKeys.ServiceId] ?? HostDefaults.ServiceId;

    /// <summary>The Orleans cluster id.</summary>
    public static string GetClusterId(this IConfiguration configuration) =>
        configuration[ConfigurationKeys.ClusterId] ?? HostDefaults.ClusterId;
}
