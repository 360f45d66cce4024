using System.ComponentModel;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Settings;

/// <summary>A command about one sweep of the cluster.</summary>
public class SweepIdSettings : ClusterSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The sweep id, as printed by 'itd sweep start' and listed by 'itd sweep list'.")]
    public string SweepId { get; init; } = "";
}
