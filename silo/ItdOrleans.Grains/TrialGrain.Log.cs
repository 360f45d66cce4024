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

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error,
        Message = "Trial {TrialKey} ({Rule}, seed {Seed}) failed: {Reason}")]
    private static partial void LogTrialFailedFor(
        ILogger logger, string trialKey, string rule, int seed, string reason);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information,
        Message = "Trial {TrialKey} ({Rule}, seed {Seed}) failed before ({Reason}); "
            + "sweep {SweepId} has it trained again")]
    private static partial void LogTrialTrainedAgain(
        ILogger logger, string trialKey, string rule, int seed, string sweepId, string? reason);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning,
        Message = "Trial {TrialKey} ({Rule}, seed {Seed}) lost its silo mid-training; resuming it from its last "
            + "checkpoint (interruption {Interruptions}, at most {Limit})")]
    private static partial void LogTrialInterrupted(
        ILogger logger, string trialKey, string rule, int seed, int interruptions, int limit);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Error,
        Message = "Trial {TrialKey} ({Rule}, seed {Seed}) stopped: {Reason}; its activation leaves, and the next one "
            + "resumes it from its stored state")]
    private static partial void LogTrialRunAbandoned(
        ILogger logger, Exception exception, string trialKey, string rule, int seed, string reason);
}
