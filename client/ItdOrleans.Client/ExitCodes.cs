namespace ItdOrleans.Client;

/// <summary>The exit codes of the itd program.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Running went wrong: a trial failed, or the cluster or a sweep was not found.</summary>
    public const int Failure = 1;

    /// <summary>
    /// The input cannot be used: a bad specification or trials file, missing data, wrong arguments or
    /// a local store that cannot be used. Nothing started.
    /// </summary>
    public const int InvalidInput = 2;

    /// <summary>Interrupted with Ctrl+C (SIGINT, signal 2).</summary>
    public const int Interrupted = 130;

    /// <summary>Interrupted by SIGQUIT (signal 3, Ctrl+\), which stops a command as Ctrl+C does.</summary>
    public const int Quit = 131;

    /// <summary>Interrupted by SIGTERM (signal 15, from kill, timeout or an orchestrator), as Ctrl+C does.</summary>
    public const int Terminated = 143;
}
