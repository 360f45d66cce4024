using ItdOrleans.Client.Hosting;
using ItdOrleans.Client.Settings;
using ItdOrleans.Contracts;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Commands;

/// <summary>A command about one sweep of the cluster: connects, finds the sweep by id and acts on it.</summary>
public abstract class SweepCommand<TSettings> : AsyncCommand<TSettings>
    where TSettings : SweepIdSettings
{
    public sealed override async Task<int> ExecuteAsync(
        CommandContext context, TSettings settings, CancellationToken cancellation)
    {
        await using var client = await ClusterClient.ConnectAsync(settings, cancellation);
        var sweep = client.Grains.GetSweep(settings.SweepId);
        var status = await sweep.GetStatus();
        if (status.State == SweepState.NotStarted)
        {
            throw new SweepNotFoundException(settings.SweepId);
        }

        return await ExecuteAsync(sweep, settings, cancellation);
    }

    /// <summary>Acts on a sweep that exists; returns the exit code.</summary>
    protected abstract Task<int> ExecuteAsync(ISweepGrain sweep, TSettings settings, CancellationToken cancellation);
}
