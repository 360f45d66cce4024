using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace ItdOrleans.Grains;

/// <summary>
/// Writes the state of a grain's one activation, one write at a time; waits out storage outages
/// where asked, and recognises a write whose reply was lost by the version conflict that follows it.
/// </summary>
/// <remarks>
/// A write that fails by timing out may still have reached storage, with a version this activation
/// never heard of, so that its next write conflicts. Orleans keeps one activation of a grain, so such
/// a conflict after a write of unknown outcome is this activation's own write: it reads the stored
/// version and writes its state, which is newer than what it wrote before, over it. A conflict
/// without such a write means that another activation wrote the state; this one then leaves, and a
/// fresh activation recovers from what is stored rather than overwrite it.
/// </remarks>
internal sealed partial class StateWriter<TState>(
    IPersistentState<TState> state, IGrainBase grain, StorageOutage outage, ILogger logger)
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromSeconds(5);

    private Task _lastWrite = Task.CompletedTask;
    private bool _outcomeUnknown;

    /// <summary>Writes the state once, throwing what storage threw.</summary>
    public Task WriteAsync() => _lastWrite = WriteAfterAsync(_lastWrite);

    /// <summary>
    /// Writes the state, trying again with growing pauses for as long as storage fails in a way that
    /// passes, or until <paramref name="abandon"/> is cancelled.
    /// </summary>
    /// <exception cref="StateNotStoredException">Storage failed in a way that waiting does not cure.</exception>
    public async Task WriteThroughOutagesAsync(CancellationToken abandon)
    {
        var delay = FirstRetryDelay;
        while (true)
        {
            try
            {
                await WriteAsync();
                return;
            }
            catch (Exception exception) when (StorageFailures.IsTransient(exception))
            {
                await Task.Delay(delay, abandon);
                delay = delay * 2 < LongestRetryDelay ? delay * 2 : LongestRetryDelay;
            }
            catch (Exception exception)
            {
                throw new StateNotStoredException(
                    $"The state of {grain.GrainContext.GrainId} could not be stored: {exception.Message}", exception);
            }
        }
    }

    private async Task WriteAfterAsync(Task previous)
    {
        try
        {
            await previous;
        }
        catch (Exception)
        {
            // The caller of the failed write has seen its exception; this write carries the newer state.
        }

        try
        {
            if (!await TryWriteAsync())
            {
                await AdoptStoredVersionAsync();
                await state.WriteStateAsync();
            }

            _outcomeUnknown = false;
            outage.Succeeded();
        }
        catch (InconsistentStateException exception)
        {
            LogWrittenElsewhere(logger, exception, grain.GrainContext.GrainId);
            grain.DeactivateOnIdle();
            throw;
        }
        catch (Exception exception)
        {
            _outcomeUnknown = true;
            if (StorageFailures.IsTransient(exception))
            {
                outage.Failed(exception);
            }

            throw;
        }
    }

    // False on a conflict that may come from this activation's own write of unknown outcome.
    private async Task<bool> TryWriteAsync()
    {
        try
        {
            await state.WriteStateAsync();
            return true;
        }
        catch (InconsistentStateException) when (_outcomeUnknown)
        {
            return false;
        }
    }

    // Reading replaces the state with the stored one; only the stored version is wanted from it.
    private async Task AdoptStoredVersionAsync()
    {
        var newer = state.State;
        try
        {
            await state.ReadStateAsync();
        }
        finally
        {
            state.State = newer;
        }
    }

    [LoggerMessage(EventId = 3303, Level = LogLevel.Error,
        Message = "The stored state of {GrainId} was written by another activation; this one leaves, and the next "
            + "activation recovers from storage")]
    private static partial void LogWrittenElsewhere(ILogger logger, Exception exception, GrainId grainId);
}
