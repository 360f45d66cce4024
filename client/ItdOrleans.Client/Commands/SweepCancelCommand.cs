using ItdOrleans.Client.Hosting;
using ItdOrleans.Client.Settings;
using ItdOrleans.Client.Views;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Commands;

/// <summary><c>itd sweep cancel</c>: cancels the trials of a sweep that have not ended; ended ones are kept.</summary>
public sealed class SweepCancelCommand(Terminal terminal) : AsyncCommand<SweepIdSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, SweepIdSettings settings, CancellationToken cancellation)
    {
        await using var client = await ClusterClient.ConnectAsync(settings, cancellation);
        var sweep = await SweepLookup.FindAsync(client.Grains, settings.SweepId);
        var status = await sweep.Cancel();

        new SweepStatusView(terminal).WriteSummary(status);
        return ExitCodes.Success;
    }
}
