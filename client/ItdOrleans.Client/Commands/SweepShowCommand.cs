using ItdOrleans.Client.Hosting;
using ItdOrleans.Client.Settings;
using ItdOrleans.Client.Views;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Commands;

/// <summary><c>itd sweep show</c>: a sweep's state and the comparison table of its trials so far.</summary>
public sealed class SweepShowCommand(Terminal terminal) : AsyncCommand<SweepIdSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, SweepIdSettings settings, CancellationToken cancellation)
    {
        await using var client = await ClusterClient.ConnectAsync(settings, cancellation);
        var sweep = await SweepLookup.FindAsync(client.Grains, settings.SweepId);
        var status = await sweep.GetStatus();

        var view = new SweepStatusView(terminal);
        view.WriteSummary(status);
        view.WriteResults(status);
        return ExitCodes.Success;
    }
}
