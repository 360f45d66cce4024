using ItdOrleans.Contracts;
using ItdOrleans.Client.Settings;
using ItdOrleans.Sweeps;
using Spectre.Console;

namespace ItdOrleans.Client.Commands;

/// <summary>
/// <c>itd sweep export</c>: a sweep's comparison table as CSV or Markdown, or every trial with its
/// learning curve as JSON, to a file or standard output.
/// </summary>
public sealed class SweepExportCommand(Terminal terminal) : SweepCommand<ExportSettings>
{
    protected override async Task<int> ExecuteAsync(
        ISweepGrain sweep, ExportSettings settings, CancellationToken cancellation)
    {
        var status = await sweep.GetStatus(includeCurves: settings.Format == "json");

        var text = settings.Format switch
        {
            "json" => TrialsFile.Json(status),
            "csv" => ComparisonTableCsv.Write(ComparisonTable.From(status.Trials)),
            _ => ComparisonTableMarkdown.Write(ComparisonTable.From(status.Trials)),
        };

        if (settings.OutputPath is { } path)
        {
            OutputFile.Write(path, text);
            terminal.Error.MarkupLineInterpolated($"Wrote {status.Trials.Count} trials of {status.SweepId} to {path}");
        }
        else
        {
            terminal.WriteRaw(text);
        }

        return ExitCodes.Success;
    }
}
