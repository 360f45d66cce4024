using System.Net;
using System.Net.Sockets;
using ItdOrleans.Grains;
using ItdOrleans.ServiceDefaults;
using Microsoft.Extensions.Hosting;

namespace ItdOrleans.Client.Hosting;

/// <summary>One silo inside this process, on free localhost ports, needing no outside service.</summary>
public static class LocalSilo
{
    // Sweeps in this process report to the terminal often; the silo collects trial progress as often.
    private static readonly KeyValuePair<string, string?>[] Settings =
    [
        new("Itd:SweepPollInterval", "00:00:00.5"),
    ];

    /// <summary>Starts the silo; its grains are called through the returned host.</summary>
    public static async Task<GrainHost> StartAsync(bool verbose, CancellationToken cancellation)
    {
        var builder = HostSetup.CreateBuilder(verbose, Settings);
        builder.AddItdTelemetry("itd-client");
        builder.UseOrleans(silo =>
        {
            // A cluster id of its own, so that this silo never meets another one on this machine.
            silo.UseLocalhostClustering(
                FreePort(), FreePort(), serviceId: "itd-local", clusterId: $"itd-local-{Environment.ProcessId}");
            silo.AddItdOrleans(builder.Configuration);
        });

        var host = builder.Build();
        await host.StartAsync(cancellation);
        return new GrainHost(host);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
