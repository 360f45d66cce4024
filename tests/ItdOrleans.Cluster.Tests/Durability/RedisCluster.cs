namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>A redis-server of a test's own, and silo processes that cluster and keep their grains in it.</summary>
internal sealed class RedisCluster : IDisposable
{
    private readonly List<ChildProcess> _silos = [];

    private RedisCluster(RedisServer redis, string clusterId)
    {
        Redis = redis;
        ClusterId = clusterId;
    }

    public RedisServer Redis { get; }

    /// <summary>The cluster id, and the service id's suffix, of this cluster alone.</summary>
    public string ClusterId { get; }

    /// <summary>Starts the Redis server, durable when asked: see <see cref="RedisServer.StartDurableAsync"/>.</summary>
    public static async Task<RedisCluster> StartAsync(string name, bool durable = false)
    {
        var redis = durable ? await RedisServer.StartDurableAsync() : await RedisServer.StartAsync();
        return new RedisCluster(redis, $"{name}-{Guid.NewGuid():N}"[..16]);
    }

    /// <summary>Starts a silo of the durability tests' settings with its own ports, and extra settings.</summary>
    public ChildProcess StartSilo(string name, int siloPort, IReadOnlyDictionary<string, string>? settings = null)
    {
        var silo = SiloProcess.Start(name, DurableSettings.Merge(
            DurableSettings.Silo(siloPort, FreePort.Next()),
            DurableSettings.RedisSilo(Redis.ConnectionString, ClusterId),
            settings ?? new Dictionary<string, string>()));
        _silos.Add(silo);
        return silo;
    }

    /// <summary>Connects a client that finds the silos through Redis.</summary>
    public Task<TestClient> ConnectAsync() =>
        TestClient.ConnectAsync(DurableSettings.RedisClient(Redis.ConnectionString, ClusterId), gatewayPort: null);

    /// <summary>The silos the cluster counts as active.</summary>
    public static async Task<int> ActiveSilos(TestClient client) =>
        (await client.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count;

    /// <summary>The output of every silo and of Redis, for a failure message.</summary>
    public string Context() => string.Join('\n', _silos.Select(silo => silo.Tail())) + "\n" + Redis.Tail();

    public void Dispose()
    {
        _silos.ForEach(silo => silo.Dispose());
        Redis.Dispose();
    }
}
