using ItdOrleans.ServiceDefaults;
using System.Net;
using StackExchange.Redis;

namespace ItdOrleans.Silo;

/// <summary>Whether the Redis servers the silo's providers use answer, asked before Orleans connects to them.</summary>
internal static class RedisReachability
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Connects once to each Redis of <paramref name="connections"/>.</summary>
    /// <exception cref="SiloStartupException">A Redis server does not answer or refuses the connection.</exception>
    public static async Task CheckAsync(IEnumerable<(string Provider, string ConnectionString, string Key)> connections)
    {
        var redis = connections.Where(connection => connection.Provider == HostDefaults.RedisProvider);
        foreach (var (_, connectionString, key) in redis.DistinctBy(connection => connection.ConnectionString))
        {
            await CheckAsync(connectionString, key);
        }
    }

    private static async Task CheckAsync(string connectionString, string key)
    {
        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(connectionString);
        }
        catch (ArgumentException exception)
        {
            throw new SiloStartupException($"{key} is no Redis connection string: {exception.Message}");
        }

        options.AbortOnConnectFail = true;
        options.ConnectTimeout = (int)Patience.TotalMilliseconds;
        var servers = string.Join(", ", options.EndPoints.Select(Describe));
        try
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync(options);
        }
        catch (RedisConnectionException exception)
        {
            throw new SiloStartupException(
                $"Redis at {servers} (set by {key}) cannot be reached: {exception.FailureType}; "
                + "check that it runs there and that the address and password are right.");
        }
    }

    private static string Describe(EndPoint endpoint) =>
        endpoint is DnsEndPoint named ? $"{named.Host}:{named.Port}" : endpoint.ToString() ?? "";
}
