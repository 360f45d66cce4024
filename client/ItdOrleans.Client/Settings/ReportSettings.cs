using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Settings;

/// <summary>Options of <c>itd sweep report</c>.</summary>
public sealed class ReportSettings : SweepResultsSettings
{
    [CommandOption("--out <DIR>")]
    [Description("Folder for report.md and its figures; created if needed.")]
    public string? OutputDirectory { get; init; }

    public override ValidationResult Validate() => OutputDirectory is null
        ? ValidationResult.Error("give the report's folder with --out DIR")
        : base.Validate();
}
