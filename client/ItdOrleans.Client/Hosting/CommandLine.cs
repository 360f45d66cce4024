namespace ItdOrleans.Client.Hosting;

/// <summary>
/// A command line taken apart: the .NET configuration it carries (<c>--Section:Key=value</c> or
/// <c>--Section:Key value</c>, a key with a colon) and the arguments of the command itself.
/// </summary>
/// <param name="Command">What the command-line parser reads: everything but the configuration.</param>
/// <param name="Configuration">The configuration, each as <c>--Section:Key=value</c>, for the standard
/// command-line configuration source.</param>
public sealed record CommandLine(IReadOnlyList<string> Command, IReadOnlyList<string> Configuration)
{
    private const string Prefix = "--";

    /// <summary>Splits the arguments; everything after a lone <c>--</c> belongs to the command.</summary>
    /// <exception cref="ArgumentException">A configuration key has no value.</exception>
    public static CommandLine Split(IReadOnlyList<string> args)
    {
        var command = new List<string>();
        var configuration = new List<string>();
        for (var index = 0; index < args.Count; index++)
        {
            var argument = args[index];
            if (argument == Prefix)
            {
                command.AddRange(args.Skip(index));
                break;
            }

            if (!IsConfigurationKey(argument))
            {
                command.Add(argument);
            }
            else if (argument.Contains('='))
            {
                configuration.Add(argument);
            }
            else if (index + 1 < args.Count && !args[index + 1].StartsWith(Prefix, StringComparison.Ordinal))
            {
                configuration.Add($"{argument}={args[++index]}");
            }
            else
            {
                throw new ArgumentException(
                    $"the configuration key {argument} has no value: give {argument}=VALUE or {argument} VALUE");
            }
        }

        return new CommandLine(command, configuration);
    }

    // Options of the command never hold a colon in their name; configuration keys always do.
    private static bool IsConfigurationKey(string argument)
    {
        if (!argument.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var key = argument[Prefix.Length..].Split('=', 2)[0];
        return key.Length > 0 && key.Contains(':') && !key.StartsWith(':') && !key.EndsWith(':');
    }
}
