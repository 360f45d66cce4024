using ItdOrleans.Client.Hosting;
using ItdOrleans.Client.Settings;
using ItdOrleans.Sweeps;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Commands;

/// <summary>
/// <c>itd sweep export</c>: a sweep's comparison table as CSV or Markdown, or every trial with its
/// learning curve as JSON, to a file or standard output.
/// </summary>
public sealed class SweepExportCommand(Terminal terminal) : AsyncCommand<ExportSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, ExportSettings settings, CancellationToken cancellation)
    {
        await using var client = await ClusterClient.ConnectAsync(settings, cancellation);
        var sweep = await SweepLookup.FindAsync(client.Grains, settings.SweepId);
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
