using Microsoft.Extensions.Logging;

namespace ItdOrleans.Grains;

public sealed partial class TrialGrain
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning,
        Message = "Trial {TrialKey} ({Rule}, seed {Seed}) threw on attempt {Attempt}; starting it again")]
    private static partial void LogTrialRetrying(
        ILogger logger, Exception exception, string trialKey, string rule, int seed, int attempt);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error,
        Message = "Trial {TrialKey} ({Rule}, seed {Seed}) failed after {Attempts} attempts: {Reason}")]
    private static partial void LogTrialFailed(
        ILogger logger, Exception exception, string trialKey, string rule, int seed, int attempts, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information,
        Message = "Trial {TrialKey} ({Rule}, seed {Seed}) diverged at iteration {Iteration}")]
    private static partial void LogTrialDiverged(
        ILogger logger, string trialKey, string rule, int seed, int iteration);
}
