using System.Globalization;
using ItdOrleans.Contracts;
using ItdOrleans.Sweeps;
using Spectre.Console;

namespace ItdOrleans.Client.Views;

/// <summary>Writes a sweep's state, its comparison table and why any trial failed.</summary>
public sealed class SweepStatusView(Terminal terminal)
{
    private const int FailuresShown = 5;

    /// <summary>One line: the sweep, its state and how many trials ended how.</summary>
    public void WriteSummary(SweepStatus status)
    {
        var dataset = status.Spec?.Dataset ?? "?";
        var line = $"({status.Spec?.Name} on {dataset}): {State(status.State)}, {Counts(status)}; "
            + $"started {Time(status.StartedAt)}, ended {Time(status.EndedAt)}";
        terminal.Out.MarkupLineInterpolated($"Sweep [bold]{status.SweepId}[/] {line}");
    }

    /// <summary>The comparison table of the trials so far, its footnotes and the failed trials' errors.</summary>
    public void WriteResults(SweepStatus status)
    {
        var table = ComparisonTable.From(status.Trials);
        terminal.Out.Write(ComparisonTableView.Render(table, status.Spec?.Name ?? status.SweepId));
        terminal.Out.Write(ComparisonTableView.Footnotes(table));

        var failures = status.Trials.Where(trial => trial.Status == TrialStatus.Failed).ToList();
        foreach (var trial in failures.Take(FailuresShown))
        {
            var where = trial.Silo is { Length: > 0 } silo ? $" on silo {silo}" : "";
            terminal.Error.MarkupLineInterpolated($"[red]trial {TrialName.Of(trial)} failed{where}: {trial.Error}[/]");
        }

        if (failures.Count > FailuresShown)
        {
            terminal.Error.MarkupLineInterpolated($"[red]and {failures.Count - FailuresShown} more failed trials[/]");
        }
    }

    /// <summary>How many trials ended, and how; cancelled ones only when there are any.</summary>
    public static string Counts(SweepStatus status)
    {
        var cancelled = status.Count(TrialStatus.Cancelled);
        return $"{status.Ended}/{status.Trials.Count} trials ended, {status.Count(TrialStatus.Finished)} finished, "
            + $"{status.Count(TrialStatus.Failed)} failed, {status.Count(TrialStatus.Diverged)} diverged, "
            + (cancelled > 0 ? $"{cancelled} cancelled, " : "")
            + $"{status.Count(TrialStatus.Running)} running";
    }

    /// <summary>A state in the words a user reads.</summary>
    public static string State(SweepState state) => state switch
    {
        SweepState.Running => "running",
        SweepState.Finished => "finished",
        SweepState.Cancelled => "cancelled",
        _ => "not started",
    };

    /// <summary>A point in time as UTC, or "-".</summary>
    public static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? "-";
}
