using ItdOrleans.Client.Commands;
using ItdOrleans.Client.Hosting;
using ItdOrleans.Client.Settings;
using ItdOrleans.Core.Data;
using ItdOrleans.Grains;
using ItdOrleans.Sweeps;
using Microsoft.Extensions.Options;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ItdOrleans.Client;

/// <summary>
/// Turns a command's failure into a red message naming the problem and an exit code; the stack
/// trace is shown only with --verbose.
/// </summary>
/// <param name="Verbose">Whether to show the full exception as well.</param>
/// <param name="Arguments">The command's arguments, to name the option a wrong value was given to.</param>
public sealed record ErrorReport(Terminal Terminal, bool Verbose, IReadOnlyList<string>? Arguments = null)
{
    /// <summary>Writes the failure and returns the exit code for it.</summary>
    public int Write(Exception exception)
    {
        if (exception is OperationCanceledException)
        {
            Terminal.Error.MarkupLine("[yellow]Interrupted.[/]");
            return ExitCodes.Interrupted;
        }

        var (message, exitCode) = Describe(exception);
        Terminal.Error.MarkupLineInterpolated($"[red]{message}[/]");
        if (Verbose)
        {
            Terminal.Error.WriteException(exception);
        }

        return exitCode;
    }

    private (string Message, int ExitCode) Describe(Exception exception) => exception switch
    {
        CommandAppException { InnerException: WholeNumberException wrong } =>
            (WholeNumberOptions.Describe(wrong, Arguments ?? []), ExitCodes.InvalidInput),
        CommandAppException => (exception.Message, ExitCodes.InvalidInput),
        SweepSpecException or TrialsFileException => (exception.Message, ExitCodes.InvalidInput),
        LocalStoreException or OptionsValidationException => (exception.Message, ExitCodes.InvalidInput),

        // How a grain refuses a sweep (invalid, or its data missing): the one exception every client can
        // deserialise. Its subtypes (a null or out-of-range argument) are faults of the program instead.
        ArgumentException when exception.GetType() == typeof(ArgumentException) =>
            (exception.Message, ExitCodes.InvalidInput),
        DatasetNotFoundException or DatasetFileException or DatasetDownloadException =>
            (exception.Message, ExitCodes.InvalidInput),
        ClusterUnreachableException or SweepNotFoundException => (exception.Message, ExitCodes.Failure),
        IOException or UnauthorizedAccessException => (exception.Message, ExitCodes.Failure),
        TimeoutException or OrleansException =>
            ($"the cluster did not answer: {Brief(exception)}", ExitCodes.Failure),
        _ => ($"{exception.GetType().Name}: {exception.Message}{(Verbose ? "" : " (--verbose shows where)")}",
            ExitCodes.Failure),
    };

    // Orleans writes whole stack traces into some messages: the first line says what failed, the
    // innermost exception why.
    private static string Brief(Exception exception)
    {
        var lines = exception.Message.Split('\n', 2);
        var innermost = exception.GetBaseException();
        return lines.Length == 1 || innermost == exception
            ? exception.Message
            : $"{lines[0].TrimEnd()}: {innermost.Message.Split('\n')[0].TrimEnd()}";
    }
}
