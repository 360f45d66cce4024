using ItdOrleans.Client.Settings;
using ItdOrleans.Reports;
using ItdOrleans.Reports.Figures;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Commands;

/// <summary>
/// <c>itd sweep plot</c>: writes the learning curves of each hyperparameter setting and, for a sweep
/// over learning rates, final accuracy against learning rate, as PNG and SVG; prints their paths.
/// </summary>
public sealed class SweepPlotCommand(Terminal terminal) : AsyncCommand<PlotSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, PlotSettings settings, CancellationToken cancellation)
    {
        var results = await SweepResults.LoadAsync(settings, cancellation);
        var groups = SettingGroups.Of(results.Trials);
        if (groups.Count == 0)
        {
            var yet = results.HasEnded ? "" : " yet";
            terminal.Error.MarkupLineInterpolated(
                $"[yellow]{results.Name} has no finished trials{yet}, so there is nothing to plot.[/]");
            return ExitCodes.Failure;
        }

        var directory = settings.OutputDirectory ?? $"{results.FolderName}-figures";
        var figures = SweepFigures.Write(groups, directory);

        // The paths alone on standard output, so that scripts can pick them up; what each shows beside.
        var noun = figures.Count == 1 ? "figure" : "figures";
        terminal.Error.MarkupLineInterpolated($"Wrote {figures.Count} {noun} of {results.Name} to {directory}:");
        foreach (var figure in figures)
        {
            terminal.Error.MarkupLineInterpolated($"  {figure.PngFile}: {figure.Title}");
            terminal.WriteLineRaw(Path.Combine(directory, figure.PngFile));
            terminal.WriteLineRaw(Path.Combine(directory, figure.SvgFile));
        }

        return ExitCodes.Success;
    }
}
