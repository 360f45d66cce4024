using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Settings;

/// <summary>Options of <c>itd sweep plot</c>.</summary>
public sealed class PlotSettings : SweepResultsSettings
{
    [CommandOption("--out <DIR>")]
    [Description("Folder for the figures; a folder named after the sweep id or trials file when left out.")]
    public string? OutputDirectory { get; init; }

    public override ValidationResult Validate() => OutputPaths.FolderProblem("--out", OutputDirectory) is { } problem
        ? ValidationResult.Error(problem)
        : base.Validate();
}
