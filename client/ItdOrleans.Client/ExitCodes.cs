namespace ItdOrleans.Client;

/// <summary>The exit codes of the itd program.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Running went wrong: a trial failed, or the cluster or a sweep was not found.</summary>
    public const int Failure = 1;

    /// <summary>The input cannot be used: a bad specification, missing data or wrong arguments. Nothing started.</summary>
    public const int InvalidInput = 2;

    /// <summary>Interrupted with Ctrl+C.</summary>
    public const int Interrupted = 130;
}
