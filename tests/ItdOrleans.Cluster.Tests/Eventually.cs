namespace ItdOrleans.Cluster.Tests;

/// <summary>Polls the cluster until a condition holds, failing with the last value seen after a deadline.</summary>
public static class Eventually
{
    /// <summary>Long enough for the small sweeps of these tests on a busy two-core machine.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    public static Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done) =>
        Poll(read, done, () => "", toleratesFailures: false);

    /// <summary>
    /// As <see cref="Until{T}(Func{Task{T}}, Func{T, bool})"/>, for a cluster that is losing silos:
    /// a read that throws is tried again, and the timeout's message adds <paramref name="context"/>
    /// (such as the output of child processes) and the last exception.
    /// </summary>
    public static Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, Func<string> context) =>
        Poll(read, done, context, toleratesFailures: true);

    private static async Task<T> Poll<T>(
        Func<Task<T>> read, Func<T, bool> done, Func<string> context, bool toleratesFailures)
    {
        var deadline = DateTime.UtcNow + Patience;
        var value = default(T);
        Exception? failure = null;
        while (true)
        {
            try
            {
                value = await read();
                failure = null;
                if (done(value))
                {
                    return value;
                }
            }
            catch (Exception exception) when (toleratesFailures)
            {
                failure = exception;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"Still not done after {Patience}: {Describe(value)}\n{failure}\n{context()}".TrimEnd());
            }

            await Task.Delay(200);
        }
    }

    // A collection is shown by its items, not its type name.
    private static string Describe<T>(T value) => value is System.Collections.IEnumerable items and not string
        ? "[" + string.Join(", ", items.Cast<object?>()) + "]"
        : $"{value}";
}
