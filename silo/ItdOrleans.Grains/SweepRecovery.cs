using ItdOrleans.Contracts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ItdOrleans.Grains;

/// <summary>
/// Once its silo is active, and then every <see cref="ItdOptions.SweepRecoveryInterval"/>, asks
/// the sweep registry for running sweeps and wakes each one; a woken sweep reactivates from its
/// stored state and resumes following its trials, which in turn resume from their checkpoints.
/// </summary>
/// <remarks>
/// This is what lets a sweep outlive the silo it lived on and a restart of the whole cluster.
/// Every silo does it; waking a sweep that is already awake costs one call.
/// </remarks>
public sealed partial class SweepRecovery(
    IGrainFactory grains,
    IOptions<ItdOptions> options,
    ILogger<SweepRecovery> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SweepRecovery), ServiceLifecycleStage.Active, StartAsync, StopAsync);

    private Task StartAsync(CancellationToken cancellation)
    {
        _loop = Task.Run(() => RecoverAsync(_stop.Token));
        return Task.CompletedTask;
    }

    private async Task StopAsync(CancellationToken cancellation)
    {
        await _stop.CancelAsync();
        await _loop.WaitAsync(cancellation).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task RecoverAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(options.Value.SweepRecoveryInterval);
        try
        {
            do
            {
                await WakeRunningSweepsAsync(stop);
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The silo is stopping.
        }
    }

    private async Task WakeRunningSweepsAsync(CancellationToken stop)
    {
        try
        {
            await WakeRunningSweepsAsync();
        }
        catch (Exception exception) when (!stop.IsCancellationRequested)
        {
            LogRecoveryFailed(logger, exception);
        }
    }

    private async Task WakeRunningSweepsAsync()
    {
        var sweeps = await grains.GetSweepRegistry().List();
        foreach (var sweep in sweeps.Where(sweep => sweep.State == SweepState.Running))
        {
            await grains.GetSweep(sweep.SweepId).Resume();
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning,
        Message = "Could not wake the running sweeps; trying again on the next round")]
    private static partial void LogRecoveryFailed(ILogger logger, Exception exception);
}
