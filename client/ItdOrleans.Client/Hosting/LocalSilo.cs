using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ItdOrleans.Grains;
using ItdOrleans.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ItdOrleans.Client.Hosting;

/// <summary>One silo inside this process, on free localhost ports, needing no outside service.</summary>
public static class LocalSilo
{
    private const string MaxTrialsKey = $"{ItdOptions.Section}:{nameof(ItdOptions.MaxTrials)}";

    // Sweeps in this process report to the terminal often; the silo collects trial progress as often.
    private static readonly KeyValuePair<string, string?>[] Settings =
    [
        new("Itd:SweepPollInterval", "00:00:00.5"),
    ];

    /// <summary>
    /// Checks the local store the silo would keep its state in, as configured, before anything starts;
    /// nothing to check when the state is kept in memory.
    /// </summary>
    /// <exception cref="LocalStoreException">The store cannot be used; the message says what to do.</exception>
    public static void CheckStore()
    {
        if (LocalStore.PathFrom(HostSetup.ReadConfiguration()) is { } store)
        {
            LocalStore.EnsureUsable(store);
        }
    }

    /// <summary>Starts the silo; its grains are called through the returned host.</summary>
    /// <param name="maxTrials">The most trials a sweep may have, when given on the command line.</param>
    public static async Task<GrainHost> StartAsync(bool verbose, int? maxTrials, CancellationToken cancellation)
    {
        KeyValuePair<string, string?>[] limit = maxTrials is { } most
            ? [new(MaxTrialsKey, most.ToString(CultureInfo.InvariantCulture))]
            : [];
        var builder = HostSetup.CreateBuilder(verbose, [.. Settings, .. limit]);
        if (LocalStore.PathFrom(builder.Configuration) is { } store)
        {
            // Sweeps, trials and checkpoints go to a SQLite file and outlive this process.
            builder.Configuration.AddInMemoryCollection(LocalStore.Settings(store));
        }

        builder.AddItdTelemetry("itd-client");
        builder.UseOrleans(silo =>
        {
            // A cluster id of its own, so that this silo never meets another one on this machine; the
            // service id stays, since it names the state in the store.
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
