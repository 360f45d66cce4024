using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Settings;

/// <summary>A command about one sweep of the cluster.</summary>
public class SweepIdSettings : ClusterSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The sweep id, as printed by 'itd sweep start' and listed by 'itd sweep list'.")]
    public string SweepId { get; init; } = "";

    /// <summary>Why a sweep id given is blank, in words; refused before any cluster is asked.</summary>
    internal const string BlankId =
        "the sweep ID is blank: give the id that 'itd sweep start' printed ('itd sweep list' shows them)";

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(SweepId) ? ValidationResult.Error(BlankId) : base.Validate();
}
