using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ItdOrleans.Grains;

/// <summary>
/// This silo's view of its grain storage, so that the log hears once when storage stops answering
/// and once when it answers again, however many grains wait for it meanwhile.
/// </summary>
public sealed partial class StorageOutage(ILogger<StorageOutage> logger)
{
    private readonly Lock _lock = new();
    private long? _since;

    /// <summary>Notes a storage call that failed; the first failure of an outage is logged.</summary>
    public void Failed(Exception exception)
    {
        lock (_lock)
        {
            if (_since is not null)
            {
                return;
            }

            _since = Stopwatch.GetTimestamp();
        }

        LogStorageUnavailable(logger, exception);
    }

    /// <summary>Notes a storage call that succeeded; the first success after an outage is logged.</summary>
    public void Succeeded()
    {
        long since;
        lock (_lock)
        {
            if (_since is not { } started)
            {
                return;
            }

            since = started;
            _since = null;
        }

        LogStorageAvailable(logger, Stopwatch.GetElapsedTime(since));
    }

    [LoggerMessage(EventId = 3301, Level = LogLevel.Warning,
        Message = "Grain storage is not answering; trials and sweeps on this silo wait for it, and carry on once "
            + "it is back")]
    private static partial void LogStorageUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Information,
        Message = "Grain storage is answering again after {Outage}; trials and sweeps carry on")]
    private static partial void LogStorageAvailable(ILogger logger, TimeSpan outage);
}
