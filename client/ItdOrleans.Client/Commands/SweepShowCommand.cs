using ItdOrleans.Client.Settings;
using ItdOrleans.Client.Views;
using ItdOrleans.Contracts;

namespace ItdOrleans.Client.Commands;

/// <summary><c>itd sweep show</c>: a sweep's state and the comparison table of its trials so far.</summary>
public sealed class SweepShowCommand(Terminal terminal) : SweepCommand<SweepIdSettings>
{
    protected override async Task<int> ExecuteAsync(
        ISweepGrain sweep, SweepIdSettings settings, CancellationToken cancellation)
    {
        var status = await sweep.GetStatus();
        var view = new SweepStatusView(terminal);
        view.WriteSummary(status);
        view.WriteResults(status);
        return ExitCodes.Success;
    }
}
