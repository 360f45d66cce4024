using System.Net;
using System.Net.Sockets;
using ItdOrleans.ServiceDefaults;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;

namespace ItdOrleans.Silo;

/// <summary>
/// Checks, before Orleans and the web endpoint listen, that the silo's ports are free on the
/// addresses they will listen on.
/// </summary>
/// <remarks>
/// Orleans' listeners let another process share their port on Linux (SO_REUSEPORT), so that a silo
/// started on the port of a running one would start silently, take half its connections and,
/// later, have the running silo declared dead. The check binds each port alone, with SO_REUSEADDR
/// only, which connections of an earlier silo lingering in TIME_WAIT do not hinder.
/// </remarks>
internal static class ListeningPorts
{
    private const int SolSocket = 1;
    private const int SoReuseAddr = 2;

    /// <exception cref="SiloStartupException">A port is out of range, or another process holds it.</exception>
    public static void Check(EndpointOptions endpoints, IConfiguration configuration)
    {
        var advertised = endpoints.AdvertisedIPAddress;
        var silo = Port(isSilo: true, endpoints.SiloListeningEndpoint, endpoints.SiloPort, advertised, configuration);
        TryBind(silo.Endpoint!, silo.Name);

        var gateway = Port(
            isSilo: false, endpoints.GatewayListeningEndpoint, endpoints.GatewayPort, advertised, configuration);
        if (gateway.Endpoint is { } gatewayEndpoint)
        {
            TryBind(gatewayEndpoint, gateway.Name);
        }

        foreach (var url in (configuration.GetWebUrls() ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            if (WebEndpoint(url.Trim()) is { } web)
            {
                TryBind(web, $"the web endpoint ({ConfigurationKeys.WebUrls})");
            }
        }
    }

    // The endpoint a listener binds, named by the setting that chose it; none for a gateway port of 0.
    private static (IPEndPoint? Endpoint, string Name) Port(
        bool isSilo, IPEndPoint? listening, int port, IPAddress advertised, IConfiguration configuration)
    {
        var role = isSilo ? "silo port" : "gateway port";
        if (listening is not null)
        {
            var listeningKey = isSilo ? "SiloListeningEndpoint" : "GatewayListeningEndpoint";
            return (listening, $"the {role} (set by Orleans:Endpoints:{listeningKey})");
        }

        var portKey = isSilo ? ConfigurationKeys.SiloPort : ConfigurationKeys.GatewayPort;
        var source = configuration[portKey] is null ? $"the default; {portKey} sets it" : $"set by {portKey}";
        if (port is < 0 or > IPEndPoint.MaxPort || (port == 0 && isSilo))
        {
            throw new SiloStartupException(
                $"The {role} is {port} ({source}), which is no port: ports run from 1 to {IPEndPoint.MaxPort}.");
        }

        return (port == 0 ? null : new IPEndPoint(advertised, port), $"the {role} ({source})");
    }

    private static IPEndPoint? WebEndpoint(string url)
    {
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            throw new SiloStartupException(
                $"{ConfigurationKeys.WebUrls} holds '{url}', which is no URL: give one such as {HostDefaults.WebUrls}, "
                + $"or '{HostDefaults.WebDisabled}' to switch the web endpoint off.");
        }

        if (address.IsUnixPipe || address.Port == 0)
        {
            return null;
        }

        var host = address.Host.Trim('[', ']');
        var ip = host == "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(host, out var parsed) ? parsed
            : IPAddress.Any;
        return new IPEndPoint(ip, address.Port);
    }

    private static void TryBind(IPEndPoint endpoint, string name)
    {
        using var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        if (OperatingSystem.IsLinux())
        {
            socket.SetRawSocketOption(SolSocket, SoReuseAddr, BitConverter.GetBytes(1));
        }

        try
        {
            socket.Bind(endpoint);
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new SiloStartupException(
                $"Port {endpoint.Port} on {endpoint.Address}, {name}, is held by another process: stop it, "
                + "or give this silo a port of its own.");
        }
        catch (SocketException exception)
        {
            throw new SiloStartupException($"Cannot listen on {endpoint}, {name}: {exception.Message}.");
        }
    }
}
