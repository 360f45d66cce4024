using ItdOrleans.Client.Settings;
using ItdOrleans.Contracts;
using ItdOrleans.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

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
        var where = Describe(configuration, provider);

        builder.AddItdTelemetry("itd-client");
        builder.UseOrleansClient(client =>
        {
            client.AddItdClientDefaults();
            client.Configure<ClusterOptions>(options =>
            {
                options.ServiceId = configuration.GetServiceId();
                options.ClusterId = configuration.GetClusterId();
            });
            UseClustering(client, configuration, provider);
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

    private static void UseClustering(IClientBuilder client, IConfiguration configuration, string provider)
    {
        switch (provider)
        {
            case "memory":
                client.UseLocalhostClustering(
                    configuration.GetGatewayPort(), configuration.GetServiceId(), configuration.GetClusterId());
                break;
            case "redis":
                client.UseRedisClustering(ConnectionString(configuration, provider));
                break;
            case "postgres":
                var connectionString = ConnectionString(configuration, provider);
                client.UseAdoNetClustering(options =>
                {
                    options.Invariant = "Npgsql";
                    options.ConnectionString = connectionString;
                });
                break;
            default:
                throw new ClusterUnreachableException(
                    $"{ConfigurationKeys.ClusterProvider} is '{provider}'; expected memory, redis or postgres");
        }
    }

    private static string ConnectionString(IConfiguration configuration, string provider) =>
        configuration[ConfigurationKeys.ClusterConnectionString] is { Length: > 0 } connectionString
            ? connectionString
            : throw new ClusterUnreachableException(
                $"{provider} clustering needs a connection string: give --connection-string or set "
                + ConfigurationKeys.ToEnvironmentVariable(ConfigurationKeys.ClusterConnectionString));

    // The connection string is left out: it may hold a password.
    private static string Describe(IConfiguration configuration, string provider) => provider == "memory"
        ? $"localhost:{configuration.GetGatewayPort()} (memory clustering)"
        : $"{provider} clustering, cluster id {configuration.GetClusterId()}";
}
