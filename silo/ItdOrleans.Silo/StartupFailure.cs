using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ItdOrleans.Silo;

/// <summary>
/// What the silo host says when it cannot start, or stops on an error: a plain line, and the detail
/// on request.
/// </summary>
internal static class StartupFailure
{
    /// <summary>The command-line flag that adds the exception's full detail to the message.</summary>
    public const string VerboseFlag = "--verbose";

    private const string Program = "itd-silo";

    /// <summary>The arguments without <see cref="VerboseFlag"/>, and whether it was given.</summary>
    public static (string[] Args, bool Verbose) Parse(string[] args) =>
        (args.Where(arg => arg != VerboseFlag).ToArray(), args.Contains(VerboseFlag));

    /// <summary>
    /// Writes why the silo stopped to standard error, with the full detail when verbose or when the
    /// configured default log level is Debug or Trace; returns the exit code, 1.
    /// </summary>
    public static int Report(Exception exception, bool verbose, IConfiguration? configuration)
    {
        var detailed = verbose
            || configuration?["Logging:LogLevel:Default"] is { } level
                && (level.Equals("Debug", StringComparison.OrdinalIgnoreCase)
                    || level.Equals("Trace", StringComparison.OrdinalIgnoreCase));
        var cause = Cause(exception);
        var plain = cause is SiloStartupException or OptionsValidationException;
        var hint = detailed || plain ? "" : $" ({VerboseFlag} shows the detail)";
        Console.Error.WriteLine($"{Program}: {OneLine(cause.Message)}{hint}");
        if (detailed)
        {
            Console.Error.WriteLine(exception);
        }

        return 1;
    }

    // The exception, or the one it wraps when it only gathers others.
    private static Exception Cause(Exception exception)
    {
        var cause = exception;
        while (cause is AggregateException or OrleansLifecycleCanceledException or TargetInvocationException
            && cause.InnerException is { } inner)
        {
            cause = inner;
        }

        return cause;
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
