using Microsoft.Extensions.Hosting;

namespace ItdOrleans.Client.Hosting;

/// <summary>
/// The lifetime of the hosts this program builds: the command starts and stops them. Signals are
/// left to <see cref="ConsoleInterrupt"/>; the default console lifetime would take SIGTERM for a
/// request to stop the host that nothing here waits on, and the command would run on.
/// </summary>
internal sealed class CommandLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
