using System.Net;
using ItdOrleans.Client.Settings;
using ItdOrleans.Contracts;
using ItdOrleans.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using HostDefaults = ItdOrleans.ServiceDefaults.HostDefaults;

namespace ItdOrleans.Client.Hosting;

/// <summary>Connects to a cluster as an Orleans client, chosen by configuration and command-line options.</summary>
public static class ClusterClient
{
    /// <summary>A connected client.</summary>
    /// <exception cref="ClusterUnreachableException">No silo answered, or the configuration is incomplete.</exception>
    public static async Task<GrainHost> ConnectAsync(ClusterSettings settings, CancellationToken cancellation)
    {
        var builder = HostSetup.CreateBuilder(settings.Verbose, settings.Overrides());
        var configuration = builder.Configuration;
        var provider = configuration.GetClusterProvider();
        IReadOnlyList<IPEndPoint> gateways = [];
        if (provider == HostDefaults.StaticProvider)
        {
            gateways = await StaticGateways.ResolveAsync(configuration, cancellation);
            configuration.AddInMemoryCollection(StaticGateways.Settings(gateways));
        }
        else if (provider is not null && configuration[ConfigurationKeys.ClusterConnectionName] is null)
        {
            throw new ClusterUnreachableException(
                $"{provider} clustering needs a connection string: give --connection-string or set "
                + $"{ConfigurationKeys.ToEnvironmentVariable(ConfigurationKeys.ClusterConnectionName)} and "
                + ConfigurationKeys.ToEnvironmentVariable(ConfigurationKeys.RedisConnectionString));
        }

        var where = Describe(configuration, provider, gateways);
        builder.AddItdTelemetry("itd-client");
        builder.UseOrleansClient(client =>
        {
            client.AddItdClientDefaults();
            client.Configure<ClusterOptions>(options =>
            {
                options.ServiceId = configuration.GetServiceId();
                options.ClusterId = configuration.GetClusterId();
            });
            // A configured provider is set up by Orleans itself from the "Orleans" section.
            if (provider is null)
            {
                client.UseLocalhostClustering(
                    configuration.GetGatewayPort(), configuration.GetServiceId(), configuration.GetClusterId());
            }
        });

        var host = builder.Build();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(settings.ConnectTimeout);
        try
        {
            await host.StartAsync(deadline.Token);
        }
        catch (OperationCanceledException exception) when (!cancellation.IsCancellationRequested)
        {
            host.Dispose();
            var seconds = settings.ConnectTimeoutSeconds;
            throw new ClusterUnreachableException(
                $"cannot reach the cluster at {where}: no silo answered within {seconds} s", exception);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            host.Dispose();
            throw new ClusterUnreachableException(
                $"cannot reach the cluster at {where}: {exception.Message}", exception);
        }

        return new GrainHost(host);
    }

    // The connection string is left out: it may hold a password.
    private static string Describe(
        IConfiguration configuration, string? provider, IReadOnlyList<IPEndPoint> gateways) => provider switch
    {
        null => $"localhost:{configuration.GetGatewayPort()} (localhost clustering)",
        HostDefaults.StaticProvider => $"{string.Join(", ", gateways)} (static clustering)",
        _ => $"{provider} clustering, cluster id {configuration.GetClusterId()}",
    };
}
