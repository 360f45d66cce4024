using ItdOrleans.Client.Hosting;
using ItdOrleans.Client.Settings;
using ItdOrleans.Client.Views;
using ItdOrleans.Contracts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Commands;

/// <summary><c>itd sweep list</c>: the sweeps the cluster knows, most recently started first.</summary>
public sealed class SweepListCommand(Terminal terminal) : AsyncCommand<ClusterSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, ClusterSettings settings, CancellationToken cancellation)
    {
        await using var client = await ClusterClient.ConnectAsync(settings, cancellation);
        var sweeps = await client.Grains.GetSweepRegistry().List();
        if (sweeps.Count == 0)
        {
            terminal.Error.WriteLine("No sweeps yet; start one with: itd sweep start --preset tiny");
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("id", "name", "state", "trials ended", "started", "ended");
        foreach (var sweep in sweeps)
        {
            table.AddRow(
                Markup.Escape(sweep.SweepId),
                Markup.Escape(sweep.Name),
                SweepStatusView.State(sweep.State),
                $"{sweep.Ended}/{sweep.Trials}",
                SweepStatusView.Time(sweep.StartedAt),
                SweepStatusView.Time(sweep.EndedAt));
        }

        terminal.Out.Write(table);
        return ExitCodes.Success;
    }
}
