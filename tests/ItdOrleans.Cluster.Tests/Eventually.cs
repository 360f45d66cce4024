namespace ItdOrleans.Cluster.Tests;

/// <summary>Polls the cluster until a condition holds, failing with the last value seen after a deadline.</summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still not done after {within}: {value}");
            }

            await Task.Delay(200);
        }
    }
}
