using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ItdOrleans.ServiceDefaults;
using Microsoft.Extensions.Configuration;

namespace ItdOrleans.Client.Hosting;

/// <summary>
/// The gateways of static clustering, as HOST:PORT. Orleans reads only IP addresses from its
/// configuration, so host names are resolved here first, IPv4 before IPv6.
/// </summary>
internal static class StaticGateways
{
    /// <summary>Whether the text reads as HOST:PORT, with a port from 1 to 65535.</summary>
    public static bool IsHostAndPort(string text) => Split(text) is not null;

    /// <summary>The configured gateways, each resolved to an address and port.</summary>
    /// <exception cref="ClusterUnreachableException">No gateway is configured, or one cannot be resolved.</exception>
    public static async Task<IReadOnlyList<IPEndPoint>> ResolveAsync(
        IConfiguration configuration, CancellationToken cancellation)
    {
        var given = configuration.GetSection(ConfigurationKeys.ClusterGateways).GetChildren()
            .Select(child => child.Value)
            .OfType<string>()
            .ToList();
        if (given.Count == 0)
        {
            var variable = ConfigurationKeys.ToEnvironmentVariable(ConfigurationKeys.ClusterGateways);
            throw new ClusterUnreachableException(
                $"static clustering needs the silos' gateways: give --gateway HOST:PORT or set {variable}__0");
        }

        var endpoints = new List<IPEndPoint>();
        foreach (var gateway in given)
        {
            endpoints.Add(await ResolveAsync(gateway, cancellation));
        }

        return endpoints;
    }

    /// <summary>The configuration that hands the resolved gateways to Orleans under the same keys.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Settings(IReadOnlyList<IPEndPoint> endpoints) =>
        endpoints.Select((endpoint, index) => KeyValuePair.Create(
            $"{ConfigurationKeys.ClusterGateways}:{index}", (string?)endpoint.ToString()));

    private static async Task<IPEndPoint> ResolveAsync(string gateway, CancellationToken cancellation)
    {
        if (IPEndPoint.TryParse(gateway.Trim(), out var endpoint) && endpoint.Port > 0)
        {
            return endpoint;
        }

        var (host, port) = Split(gateway)
            ?? throw new ClusterUnreachableException($"the gateway '{gateway}' is not HOST:PORT");
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(host, cancellation);
            var address = addresses.OrderBy(a => a.AddressFamily != AddressFamily.InterNetwork).First();
            return new IPEndPoint(address, port);
        }
        catch (Exception exception) when (exception is SocketException or InvalidOperationException)
        {
            throw new ClusterUnreachableException($"the gateway host '{host}' has no address", exception);
        }
    }

    private static (string Host, int Port)? Split(string text)
    {
        var trimmed = text.Trim();
        var colon = trimmed.LastIndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var host = trimmed[..colon].Trim('[', ']');
        var digits = trimmed[(colon + 1)..];
        var parsed = int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var port);
        return parsed && port is >= 1 and <= 65535 && host.Length > 0 ? (host, port) : null;
    }
}
