using System.Net;
using System.Net.Sockets;

namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>Loopback ports nobody listens on at the moment of asking.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
