using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ItdOrleans.Client.Hosting;

/// <summary>A running host that can call grains: a local silo or a client of a cluster.</summary>
public sealed class GrainHost(IHost host) : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await host.StopAsync(timeout.Token);
        }
        finally
        {
            host.Dispose();
        }
    }
}
