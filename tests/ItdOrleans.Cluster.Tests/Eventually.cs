namespace ItdOrleans.Cluster.Tests;

/// <summary>Polls the cluster until a condition holds, failing with the last value seen after a deadline.</summary>
public static class Eventually
{
    /// <summary>Long enough for the small sweeps of these tests on a busy two-core machine.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still not done after {Patience}: {value}");
            }

            await Task.Delay(200);
        }
    }
}
