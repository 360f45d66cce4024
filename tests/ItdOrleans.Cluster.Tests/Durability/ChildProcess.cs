using System.Collections.Concurrent;
using System.Diagnostics;

namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>
/// A process started by a test, its standard output and error kept for failure messages; it is
/// killed, with its children, when disposed.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ChildProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts a program with extra environment variables.</summary>
    public static ChildProcess Start(
        string name, string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var child = new ChildProcess(name, process);
        process.OutputDataReceived += (_, line) => child.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => child.Keep(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Ends the process at once, as SIGKILL does: no shutdown code runs.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>
    /// Asks the process to stop, as SIGTERM from an operator or an orchestrator does, and waits
    /// for it to exit; true when it exited within the timeout.
    /// </summary>
    public bool Terminate(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            PosixSignals.Send(_process.Id, PosixSignals.Terminate);
        }

        return _process.WaitForExit(timeout);
    }

    /// <summary>The lines the process wrote, the last 2,000 of them.</summary>
    public IReadOnlyList<string> Lines => [.. _output];

    /// <summary>Waits for the process to exit by itself and returns its exit code.</summary>
    /// <exception cref="TimeoutException">It still runs after <paramref name="timeout"/>.</exception>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var patience = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Name} still runs after {timeout}.\n{Tail()}");
        }

        return _process.ExitCode;
    }

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string Tail(int lines = 60) =>
        $"--- {Name} ({(_process.HasExited ? $"exited {_process.ExitCode}" : "running")}) ---\n"
        + string.Join('\n', _output.TakeLast(lines));

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 2_000)
        {
            _output.TryDequeue(out _);
        }
    }
}
