using ItdOrleans.Grains;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace ItdOrleans.Silo;

/// <summary>
/// What the silo host checks before Orleans starts, each of which Orleans would find out late, in a
/// stack trace, or not at all: the providers' connection strings, its ports, its Redis servers and
/// the datasets whose folders its settings name.
/// </summary>
internal static class StartupChecks
{
    /// <exception cref="SiloStartupException">A setting keeps the silo from starting.</exception>
    public static async Task RunAsync(WebApplication app)
    {
        var connections = ProviderConnections.Of(app.Configuration);
        ListeningPorts.Check(app.Services.GetRequiredService<IOptions<EndpointOptions>>().Value, app.Configuration);
        await RedisReachability.CheckAsync(connections);
        try
        {
            await app.Services.GetRequiredService<DatasetProvider>().LoadConfiguredAsync();
        }
        catch (InvalidOperationException exception)
        {
            throw new SiloStartupException(exception.Message);
        }
    }
}
