using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Settings;

/// <summary>Options of <c>itd sweep run</c>, which trains in this process.</summary>
public sealed class RunSettings : SpecSettings
{
    [CommandOption("--json <PATH>")]
    [Description("Write every trial (specification, status, final metrics and learning curve) to this file.")]
    public string? JsonPath { get; init; }

    [CommandOption("--report <DIR>")]
    [Description("Write the sweep's Markdown report with its figures into this folder at the end.")]
    public string? ReportDirectory { get; init; }

    [CommandOption("--download")]
    [Description("Allow downloading a missing dataset into the cache.")]
    public bool AllowDownload { get; init; }

    public override ValidationResult Validate()
    {
        // The cluster options are inherited for 'itd sweep start'; here they would be silently ignored.
        if (NamesCluster)
        {
            return ValidationResult.Error(
                "'itd sweep run' trains in this process and takes no cluster options; use 'itd sweep start' "
                + "to run on a cluster");
        }

        // Checked now, not once the sweep has trained.
        var problem = OutputPaths.FileProblem("--json", JsonPath)
            ?? OutputPaths.FolderProblem("--report", ReportDirectory);
        return problem is null ? base.Validate() : ValidationResult.Error(problem);
    }
}
