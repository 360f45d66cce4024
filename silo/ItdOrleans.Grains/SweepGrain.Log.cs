using Microsoft.Extensions.Logging;

namespace ItdOrleans.Grains;

public sealed partial class SweepGrain
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "Sweep {SweepId} ('{Name}') started with {Trials} trials")]
    private static partial void LogSweepStarted(ILogger logger, string sweepId, string name, int trials);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information,
        Message = "Sweep {SweepId} ended after {Elapsed}: {Finished} finished, {Diverged} diverged, {Failed} failed")]
    private static partial void LogSweepFinished(
        ILogger logger, string sweepId, int finished, int diverged, int failed, TimeSpan elapsed);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information,
        Message = "Sweep {SweepId} cancelled with {Finished} of {Trials} trials finished")]
    private static partial void LogSweepCancelled(ILogger logger, string sweepId, int finished, int trials);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error,
        Message = "Sweep {SweepId} could not start trial {TrialKey}: the trial refused its specification")]
    private static partial void LogTrialNotStarted(
        ILogger logger, Exception exception, string sweepId, string trialKey);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning,
        Message = "Sweep {SweepId} could not start trial {TrialKey}; starting it again on its next poll")]
    private static partial void LogTrialStartRetrying(
        ILogger logger, Exception exception, string sweepId, string trialKey);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning,
        Message = "Sweep {SweepId} could not reach trial {TrialKey}; trying again on its next poll")]
    private static partial void LogTrialUnreachable(
        ILogger logger, Exception exception, string sweepId, string trialKey);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Debug,
        Message = "Sweep {SweepId} could not be stored; storing it again on its next poll")]
    private static partial void LogSweepNotStored(ILogger logger, Exception exception, string sweepId);
}
