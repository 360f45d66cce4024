using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Settings;

/// <summary>Options of <c>itd sweep plot</c>.</summary>
public sealed class PlotSettings : SweepResultsSettings
{
    [CommandOption("--out <DIR>")]
    [Description("Folder for the figures; NAME-figures unless given, NAME being the sweep id or, for a trials "
        + "file, the sweep's name.")]
    public string? OutputDirectory { get; init; }

    public override ValidationResult Validate() => OutputPaths.FolderProblem("--out", OutputDirectory) is { } problem
        ? ValidationResult.Error(problem)
        : base.Validate();
}
