using ItdOrleans.Contracts;
using ItdOrleans.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>An Orleans client in the test process, configured only through the "Orleans" section.</summary>
internal sealed class TestClient : IAsyncDisposable
{
    private readonly IHost _host;

    private TestClient(IHost host) => _host = host;

    public IClusterClient Grains => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>Connects with the given configuration; with no clustering provider, to a localhost gateway.</summary>
    public static async Task<TestClient> ConnectAsync(
        IReadOnlyDictionary<string, string> configuration, int? gatewayPort)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration.AddInMemoryCollection(
            configuration.Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value)));
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            if (gatewayPort is { } port)
            {
                client.UseLocalhostClustering(
                    port, configuration[ConfigurationKeys.ServiceId], configuration[ConfigurationKeys.ClusterId]);
            }

            client.Services.AddItdSerializer();
        });

        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch (Exception)
        {
            host.Dispose();
            throw;
        }

        return new TestClient(host);
    }

    /// <summary>
    /// Connects to a lone silo's localhost gateway with the silo's service and cluster ids,
    /// trying again while the silo is still starting.
    /// </summary>
    public static Task<TestClient> ConnectToLoneSiloAsync(
        IReadOnlyDictionary<string, string> siloSettings, int gatewayPort, Func<string> context)
    {
        var ids = new Dictionary<string, string>
        {
            [ConfigurationKeys.ServiceId] = siloSettings[ConfigurationKeys.ServiceId],
            [ConfigurationKeys.ClusterId] = siloSettings[ConfigurationKeys.ClusterId],
        };
        return Eventually.Until(() => ConnectAsync(ids, gatewayPort), _ => true, context);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(TimeSpan.FromSeconds(5));
        }
        finally
        {
            _host.Dispose();
        }
    }
}
