using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Settings;

/// <summary>Options of <c>itd sweep report</c>.</summary>
public sealed class ReportSettings : SweepResultsSettings
{
    [CommandOption("--out <DIR>")]
    [Description("Folder for report.md and its figures, created if needed; NAME-report unless given.")]
    public string? OutputDirectory { get; init; }

    public override ValidationResult Validate() => OutputPaths.FolderProblem("--out", OutputDirectory) is { } problem
        ? ValidationResult.Error(problem)
        : base.Validate();
}
