using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ItdOrleans.Grains;
using ItdOrleans.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

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
    /// Checks the silo's settings and the local store it would keep its state in, as configured,
    /// before anything starts; no store to check when the state is kept in memory.
    /// </summary>
    /// <param name="maxTrials">The most trials a sweep may have, when given on the command line.</param>
    /// <exception cref="OptionsValidationException">A setting of section "Itd" is out of range.</exception>
    /// <exception cref="LocalStoreException">The store cannot be used; the message says what to do.</exception>
    public static void CheckSettings(int? maxTrials)
    {
        var configuration = HostSetup.CreateBuilder(verbose: false, Overrides(maxTrials)).Configuration;
        ItdOptionsValidator.Check(configuration);
        if (LocalStore.PathFrom(configuration) is { } store)
        {
            LocalStore.EnsureUsable(store);
        }
    }

    /// <summary>Starts the silo; its grains are called through the returned host.</summary>
    /// <param name="maxTrials">The most trials a sweep may have, when given on the command line.</param>
    public static async Task<GrainHost> StartAsync(bool verbose, int? maxTrials, CancellationToken cancellation)
    {
        var builder = HostSetup.CreateBuilder(verbose, Overrides(maxTrials));
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

    private static KeyValuePair<string, string?>[] Overrides(int? maxTrials) => maxTrials is { } most
        ? [.. Settings, new(MaxTrialsKey, most.ToString(CultureInfo.InvariantCulture))]
        : Settings;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
