using System.ComponentModel;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Settings;

/// <summary>Options every command takes.</summary>
public class ItdSettings : CommandSettings
{
    [CommandOption("--verbose")]
    [Description("Log what the runtime does and show the full stack of an error.")]
    public bool Verbose { get; init; }
}
