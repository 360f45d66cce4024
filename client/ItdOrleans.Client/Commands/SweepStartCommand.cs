using ItdOrleans.Client.Hosting;
using ItdOrleans.Client.Settings;
using ItdOrleans.Contracts;
using ItdOrleans.Sweeps;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Commands;

/// <summary><c>itd sweep start</c>: starts a sweep on the cluster and prints its id.</summary>
public sealed class SweepStartCommand(Terminal terminal) : AsyncCommand<StartSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, StartSettings settings, CancellationToken cancellation)
    {
        var spec = SweepSource.Load(settings);
        await using var client = await ClusterClient.ConnectAsync(settings, cancellation);

        var sweepId = SweepIds.New(spec.Name, DateTimeOffset.UtcNow);
        var status = await client.Grains.GetSweep(sweepId).Start(spec);

        // The id alone on standard output, so that scripts can capture it.
        terminal.WriteLineRaw(sweepId);
        terminal.Error.WriteLine(
            $"Started {status.Trials.Count} trials on {spec.Dataset}; follow them with: "
            + $"itd sweep watch {sweepId}{settings.AsArguments()}");
        return ExitCodes.Success;
    }
}
