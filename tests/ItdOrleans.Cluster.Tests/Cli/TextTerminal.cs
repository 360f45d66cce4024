using ItdOrleans.Client;
using Spectre.Console;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>A terminal that writes plain text, wide and without colours, for tests of what itd prints.</summary>
public sealed class TextTerminal
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public TextTerminal() => Terminal = new Terminal(Create(_output), Create(_error));

    public Terminal Terminal { get; }

    public string Output => _output.ToString();

    public string Error => _error.ToString();

    private static IAnsiConsole Create(StringWriter text)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(text),
            Ansi = AnsiSupport.No,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        return console;
    }
}
