using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ItdOrleans.Core.Tests.Data;

/// <summary>A minimal HTTP/1.1 file server on 127.0.0.1: honours "Range: bytes=N-", can cut a response.</summary>
public sealed class LocalMirror : IDisposable
{
    private const string Prefix = "/data/";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, byte[]> _files;
    private readonly ConcurrentDictionary<string, int> _cuts = new();

    public LocalMirror(IDictionary<string, byte[]> files)
    {
        _files = new ConcurrentDictionary<string, byte[]>(files);
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    /// <summary>Base URL under which the files are served.</summary>
    public string BaseUrl => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{Prefix}";

    /// <summary>Every request served: file name and the start of the range asked for, if any.</summary>
    public ConcurrentQueue<(string File, long? RangeStart)> Requests { get; } = new();

    /// <summary>Body bytes sent per file.</summary>
    public ConcurrentDictionary<string, long> BytesSent { get; } = new();

    /// <summary>Makes the next response for a file close the connection after some of its body bytes.</summary>
    public void CutNextResponse(string file, int afterBytes) => _cuts[file] = afterBytes;

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            var (path, rangeStart) = await ReadRequestAsync(stream);
            var name = path.StartsWith(Prefix, StringComparison.Ordinal) ? path[Prefix.Length..] : path;
            Requests.Enqueue((name, rangeStart));
            if (!_files.TryGetValue(name, out var content))
            {
                await WriteHeadAsync(stream, "404 Not Found", 0, extra: "");
                return;
            }

            var start = rangeStart ?? 0;
            if (start >= content.Length)
            {
                var total = $"Content-Range: bytes */{content.Length}\r\n";
                await WriteHeadAsync(stream, "416 Range Not Satisfiable", 0, total);
                return;
            }

            var body = content.AsMemory((int)start);
            var status = rangeStart is null ? "200 OK" : "206 Partial Content";
            var range = rangeStart is null
                ? ""
                : $"Content-Range: bytes {start}-{content.Length - 1}/{content.Length}\r\n";
            await WriteHeadAsync(stream, status, body.Length, range);
            if (_cuts.TryRemove(name, out var cut) && cut < body.Length)
            {
                body = body[..cut];
            }

            await stream.WriteAsync(body);
            BytesSent.AddOrUpdate(name, body.Length, (_, sent) => sent + body.Length);
        }
        catch (IOException)
        {
            // The client went away; nothing to answer.
        }
    }

    private static async Task<(string Path, long? RangeStart)> ReadRequestAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var buffer = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal)
               && await stream.ReadAsync(buffer) == 1)
        {
            head.Append((char)buffer[0]);
        }

        var lines = head.ToString().Split("\r\n");
        var path = lines[0].Split(' ')[1];
        var range = lines.FirstOrDefault(l => l.StartsWith("Range: bytes=", StringComparison.OrdinalIgnoreCase));
        long? start = range is null ? null : long.Parse(range["Range: bytes=".Length..].TrimEnd('-'));
        return (path, start);
    }

    private static async Task WriteHeadAsync(NetworkStream stream, string status, long length, string extra)
    {
        var head = $"HTTP/1.1 {status}\r\nContent-Length: {length}\r\nContent-Type: application/octet-stream\r\n"
            + $"{extra}Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
    }
}
