using ItdOrleans.Client.Settings;
using ItdOrleans.Client.Views;
using ItdOrleans.Contracts;

namespace ItdOrleans.Client.Commands;

/// <summary><c>itd sweep cancel</c>: cancels the trials of a sweep that have not ended; ended ones are kept.</summary>
public sealed class SweepCancelCommand(Terminal terminal) : SweepCommand<SweepIdSettings>
{
    protected override async Task<int> ExecuteAsync(
        ISweepGrain sweep, SweepIdSettings settings, CancellationToken cancellation)
    {
        var status = await sweep.Cancel();
        new SweepStatusView(terminal).WriteSummary(status);
        return ExitCodes.Success;
    }
}
