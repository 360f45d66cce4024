namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>
/// A redis-server of its own on a free loopback port. By default it keeps nothing on disk; a durable
/// one keeps an append-only file in a folder of its own, and can be killed and started again on the
/// same port and folder, as an operator restarts a crashed Redis.
/// </summary>
internal sealed class RedisServer : IDisposable
{
    private const string Program = "redis-server";

    private readonly string _path;
    private readonly DirectoryInfo? _folder;
    private readonly List<ChildProcess> _runs = [];

    private RedisServer(string path, int port, DirectoryInfo? folder)
    {
        _path = path;
        Port = port;
        _folder = folder;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis connection string of this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>The output of every run of the server, the latest last.</summary>
    public string Tail() => string.Join('\n', _runs.Select(run => run.Tail()));

    /// <summary>Starts a server that keeps nothing on disk and waits until it accepts connections.</summary>
    /// <exception cref="InvalidOperationException">redis-server is not installed.</exception>
    public static Task<RedisServer> StartAsync() => StartAsync(folder: null);

    /// <summary>Starts a server with its append-only file on, in a temporary folder of its own.</summary>
    public static Task<RedisServer> StartDurableAsync() =>
        StartAsync(Directory.CreateTempSubdirectory("itd-redis-"));

    /// <summary>Ends the server at once, as SIGKILL does.</summary>
    public void Kill() => _runs[^1].Kill();

    /// <summary>
    /// Kills the server if it still runs and starts it again on the same port and folder, waiting until it
    /// accepts connections.
    /// </summary>
    public async Task RestartAsync()
    {
        Kill();
        await RunAsync();
    }

    public void Dispose()
    {
        _runs.ForEach(run => run.Dispose());
        _folder?.Delete(recursive: true);
    }

    private static async Task<RedisServer> StartAsync(DirectoryInfo? folder)
    {
        var path = Environment.GetEnvironmentVariable("PATH")!.Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, Program))
            .FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"{Program} is not on the PATH; install it with deploy/local/prerequisites.sh "
                + "(Debian package redis-server).");

        var server = new RedisServer(path, FreePort.Next(), folder);
        try
        {
            await server.RunAsync();
        }
        catch (Exception)
        {
            server.Dispose();
            throw;
        }

        return server;
    }

    private async Task RunAsync()
    {
        string[] storage = _folder is null
            ? ["--save", "", "--appendonly", "no"]
            : ["--save", "", "--appendonly", "yes", "--dir", _folder.FullName];
        var run = ChildProcess.Start(
            $"redis-server (run {_runs.Count + 1})",
            _path,
            ["--port", Port.ToString(), "--bind", "127.0.0.1", .. storage],
            new Dictionary<string, string>());
        _runs.Add(run);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await FreePort.AcceptsAsync(Port))
        {
            if (DateTime.UtcNow > deadline || run.HasExited)
            {
                throw new InvalidOperationException($"redis-server did not start on port {Port}.\n{Tail()}");
            }

            await Task.Delay(100);
        }
    }
}
