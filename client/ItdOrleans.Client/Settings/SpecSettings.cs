using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Settings;

/// <summary>Which sweep to run: a YAML file or a preset, with a few settings overridden.</summary>
public class SpecSettings : ClusterSettings
{
    [CommandArgument(0, "[FILE]")]
    [Description("The sweep specification, a YAML file.")]
    public string? File { get; init; }

    [CommandOption("--preset <NAME>")]
    [Description("A sweep shipped with the program: paper, paper-iclr or tiny.")]
    public string? Preset { get; init; }

    [CommandOption("--seeds <COUNT>")]
    [Description("Train every configuration with seeds 1 to COUNT instead of the specification's seeds.")]
    [TypeConverter(typeof(WholeNumberConverter))]
    public int? Seeds { get; init; }

    [CommandOption("--iterations <COUNT>")]
    [Description("Train every trial for COUNT iterations instead of the specification's.")]
    [TypeConverter(typeof(WholeNumberConverter))]
    public int? Iterations { get; init; }

    [CommandOption("--dataset <NAME>")]
    [Description("Train on this dataset (mnist or fashion-mnist) instead of the specification's.")]
    public string? Dataset { get; init; }

    [CommandOption("--max-trials <COUNT>")]
    [Description("Refuse a sweep with more trials than this; 10,000 unless given.")]
    [TypeConverter(typeof(WholeNumberConverter))]
    public int? MaxTrials { get; init; }

    public override ValidationResult Validate()
    {
        if ((File is null) == (Preset is null))
        {
            return ValidationResult.Error("give either a specification FILE or --preset NAME, not both or neither");
        }

        if (InputFile.Problem("the specification file", File) is { } problem)
        {
            return ValidationResult.Error(problem);
        }

        return MaxTrials is < 1
            ? ValidationResult.Error($"--max-trials must be at least 1, got {MaxTrials}")
            : base.Validate();
    }
}
