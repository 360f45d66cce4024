using System.ComponentModel;
using System.Reflection;
using Spectre.Console.Cli;

namespace ItdOrleans.Client.Settings;

/// <summary>The options that take a whole number, and how a wrong value given to one is worded.</summary>
public static class WholeNumberOptions
{
    // What the parser hands the converter of an option given no value.
    private const string NoValue = "__default_command";

    /// <summary>Every option read by <see cref="WholeNumberConverter"/>, such as "--seeds".</summary>
    public static IReadOnlySet<string> Names { get; } = typeof(WholeNumberOptions).Assembly.GetTypes()
        .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        .Where(property => property.GetCustomAttribute<TypeConverterAttribute>()?.ConverterTypeName
            == typeof(WholeNumberConverter).AssemblyQualifiedName)
        .SelectMany(property => property.GetCustomAttribute<CommandOptionAttribute>()?.LongNames ?? [])
        .Select(name => $"--{name}")
        .ToHashSet();

    /// <summary>The option and what it expects, such as "--seeds expects a whole number, got 'x'".</summary>
    /// <param name="arguments">The command line, which names the option.</param>
    public static string Describe(WholeNumberException wrong, IReadOnlyList<string> arguments)
    {
        if (wrong.Text == NoValue)
        {
            var lacking = arguments
                .Where((argument, index) => Names.Contains(argument)
                    && (index + 1 == arguments.Count || arguments[index + 1].StartsWith('-')))
                .FirstOrDefault() ?? "an option";
            return $"{lacking} needs a value: a whole number";
        }

        return $"{OptionGiven(wrong.Text, arguments)} expects {wrong.Expected}, got '{wrong.Text}'";
    }

    // The option before the value (--seeds x) or holding it (--seeds=x).
    private static string OptionGiven(string value, IReadOnlyList<string> arguments)
    {
        for (var index = 0; index < arguments.Count; index++)
        {
            var argument = arguments[index];
            if (argument == value && index > 0 && Names.Contains(arguments[index - 1]))
            {
                return arguments[index - 1];
            }

            if (argument.StartsWith('-') && argument.EndsWith($"={value}", StringComparison.Ordinal))
            {
                return argument[..argument.IndexOf('=')];
            }
        }

        return "an option";
    }
}
