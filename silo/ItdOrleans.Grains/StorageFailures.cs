using System.Data.Common;
using System.Net.Sockets;
using Orleans.Persistence.Redis;
using Orleans.Storage;
using StackExchange.Redis;

namespace ItdOrleans.Grains;

/// <summary>
/// Tells storage failures that pass, such as those of an unreachable or restarting server, from
/// those that do not.
/// </summary>
internal static class StorageFailures
{
    /// <summary>
    /// Whether the failure, or one it wraps, says the store was out of reach or too slow to answer:
    /// the same call may succeed later.
    /// </summary>
    public static bool IsTransient(Exception exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is InconsistentStateException)
            {
                return false;
            }

            // Orleans' Redis storage throws its own exception for every failure of the server, naming the cause.
            if (cause is RedisStorageException or RedisException or TimeoutException or IOException
                or SocketException or DbException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }
}
