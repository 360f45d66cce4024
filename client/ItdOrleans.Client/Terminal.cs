using Spectre.Console;

namespace ItdOrleans.Client;

/// <summary>Where the program writes: results to standard output, problems to standard error.</summary>
/// <param name="Out">Tables, progress and anything a script may read.</param>
/// <param name="Error">Warnings, hints and errors.</param>
public sealed record Terminal(IAnsiConsole Out, IAnsiConsole Error)
{
    // Redirected output has no window to fit, so tables get room enough not to wrap every cell.
    private const int RedirectedWidth = 160;

    /// <summary>Whether live progress bars can be drawn; false when standard output is redirected.</summary>
    public bool IsInteractive => Out.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;

    /// <summary>The process's standard output and standard error.</summary>
    public static Terminal FromConsole() => new(
        Create(Console.Out, Console.IsOutputRedirected),
        Create(Console.Error, Console.IsErrorRedirected));

    /// <summary>Writes text as it is, without markup or wrapping, for files piped to other programs.</summary>
    public void WriteRaw(string text) => Out.Profile.Out.Writer.Write(text);

    /// <summary>Writes a line as it is, however long, for scripts that read it: an id or a path.</summary>
    public void WriteLineRaw(string line) => WriteRaw(line + Environment.NewLine);

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
