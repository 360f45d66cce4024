using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Settings;

/// <summary>The trials of one sweep: a sweep of the cluster by id, or a trials file written earlier.</summary>
public class SweepResultsSettings : ClusterSettings
{
    [CommandArgument(0, "[ID]")]
    [Description("The sweep id, as printed by 'itd sweep start' and listed by 'itd sweep list'.")]
    public string? SweepId { get; init; }

    [CommandOption("--from <PATH>")]
    [Description("Read the trials from a file written by 'itd sweep run --json' or 'itd sweep export "
        + "--format json' instead of the cluster.")]
    public string? TrialsPath { get; init; }

    public override ValidationResult Validate()
    {
        if ((SweepId is null) == (TrialsPath is null))
        {
            return ValidationResult.Error("give either a sweep ID or --from PATH, not both or neither");
        }

        if (SweepId is not null && string.IsNullOrWhiteSpace(SweepId))
        {
            return ValidationResult.Error(SweepIdSettings.BlankId);
        }

        if (InputFile.Problem("the trials file", TrialsPath) is { } problem)
        {
            return ValidationResult.Error(problem);
        }

        // A file is read in this process; cluster options would be silently ignored.
        return TrialsPath is not null && NamesCluster
            ? ValidationResult.Error("--from reads a trials file and takes no cluster options")
            : base.Validate();
    }
}
