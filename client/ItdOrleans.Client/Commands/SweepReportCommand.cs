using ItdOrleans.Client.Settings;
using ItdOrleans.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Commands;

/// <summary>
/// <c>itd sweep report</c>: writes a sweep's Markdown report (specification, dataset, comparison
/// table, statistics between learning rules and figures) into a folder.
/// </summary>
public sealed class SweepReportCommand(Terminal terminal) : AsyncCommand<ReportSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, ReportSettings settings, CancellationToken cancellation)
    {
        var results = await SweepResults.LoadAsync(settings, cancellation);
        var spec = results.Spec ?? throw new TrialsFileException(
            settings.TrialsPath!, "it holds no sweep specification, which the report shows");

        var directory = settings.OutputDirectory ?? $"{results.FolderName}-report";
        var path = SweepReport.Write(results.Trials, spec, results.Dataset(), directory);

        terminal.WriteLineRaw(path);
        terminal.Error.MarkupLineInterpolated(
            $"Wrote the report of {results.Name} ({results.Trials.Count} trials) with its figures to {path}");
        return ExitCodes.Success;
    }
}
