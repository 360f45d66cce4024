using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Settings;

/// <summary>Options of <c>itd sweep export</c>.</summary>
public sealed class ExportSettings : SweepIdSettings
{
    /// <summary>The formats a sweep can be exported in.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["csv", "json", "md"];

    [CommandOption("--format <FORMAT>")]
    [Description("csv or md: the comparison table; json: every trial with its learning curve.")]
    public string Format { get; init; } = "md";

    [CommandOption("--out <PATH>")]
    [Description("File to write; standard output when left out.")]
    public string? OutputPath { get; init; }

    public override ValidationResult Validate()
    {
        if (!Formats.Contains(Format))
        {
            return ValidationResult.Error($"--format '{Format}' is not one of {string.Join(", ", Formats)}");
        }

        return OutputPaths.FileProblem("--out", OutputPath) is { } problem
            ? ValidationResult.Error(problem)
            : base.Validate();
    }
}
