using ItdOrleans.Client.Settings;
using ItdOrleans.Client.Views;
using ItdOrleans.Contracts;
using Spectre.Console;

namespace ItdOrleans.Client.Commands;

/// <summary>
/// <c>itd sweep watch</c>: follows a sweep of the cluster until it ends, then prints its table.
/// Ctrl+C stops watching; the sweep goes on. The exit code then says the watch was interrupted, so
/// that a script (<c>timeout 600 itd sweep watch ID</c>) does not take it for a sweep that ended.
/// </summary>
public sealed class SweepWatchCommand(Terminal terminal) : SweepCommand<SweepIdSettings>
{
    protected override async Task<int> ExecuteAsync(
        ISweepGrain sweep, SweepIdSettings settings, CancellationToken cancellation)
    {
        try
        {
            var status = await new SweepFollower(terminal).FollowAsync(sweep, cancellation);
            var view = new SweepStatusView(terminal);
            view.WriteSummary(status);
            view.WriteResults(status);
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            terminal.Error.MarkupLineInterpolated(
                $"Stopped watching; sweep {settings.SweepId} goes on (itd sweep cancel {settings.SweepId} stops it).");
            return ExitCodes.Interrupted;
        }
    }
}
