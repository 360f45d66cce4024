using System.Net.Sockets;

namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>A redis-server of its own on a free loopback port, keeping nothing on disk.</summary>
internal sealed class RedisServer : IDisposable
{
    private const string Program = "redis-server";

    private readonly ChildProcess _process;

    private RedisServer(ChildProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis connection string of this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public string Tail() => _process.Tail();

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    /// <exception cref="InvalidOperationException">redis-server is not installed.</exception>
    public static async Task<RedisServer> StartAsync()
    {
        var path = Environment.GetEnvironmentVariable("PATH")!.Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, Program))
            .FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"{Program} is not on the PATH; install it with deploy/local/prerequisites.sh "
                + "(Debian package redis-server).");

        var port = FreePort.Next();
        var process = ChildProcess.Start(
            "redis-server",
            path,
            ["--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            new Dictionary<string, string>());
        var server = new RedisServer(process, port);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await server.AcceptsAsync())
        {
            if (DateTime.UtcNow > deadline || process.HasExited)
            {
                server.Dispose();
                throw new InvalidOperationException($"redis-server did not start on port {port}.\n{process.Tail()}");
            }

            await Task.Delay(100);
        }

        return server;
    }

    public void Dispose() => _process.Dispose();

    private async Task<bool> AcceptsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
