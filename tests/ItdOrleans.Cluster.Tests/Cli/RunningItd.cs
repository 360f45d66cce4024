using System.Diagnostics;
using System.Text;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>
/// An itd program a test started and can watch while it runs: its output so far, signals sent to
/// it, its end. Killed, and its local store removed, when disposed.
/// </summary>
public sealed class RunningItd : IDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _store;
    private readonly string _command;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly Task _reading;

    internal RunningItd(Process process, DirectoryInfo store, string command)
    {
        _process = process;
        _store = store;
        _command = command;
        _reading = Task.WhenAll(ReadAsync(process.StandardOutput, _output), ReadAsync(process.StandardError, _error));
    }

    /// <summary>Standard output so far.</summary>
    public string Output => Read(_output);

    /// <summary>Waits until standard output holds the text.</summary>
    /// <exception cref="TimeoutException">It did not within the timeout, or the program ended first.</exception>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited || clock.Elapsed > timeout)
            {
                throw new TimeoutException(
                    $"{_command} did not write '{text}' within {timeout}:\n{Output}\n--- stderr\n{Read(_error)}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Sends the program a POSIX signal, such as <see cref="PosixSignals.Terminate"/>.</summary>
    public void Signal(int signal) => PosixSignals.Send(_process.Id, signal);

    /// <summary>Waits for the program to end and returns what it left.</summary>
    /// <exception cref="TimeoutException">It ran longer than the timeout, and was killed.</exception>
    public async Task<ItdResult> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{_command} ran longer than {timeout}:\n{Output}\n--- stderr\n{Read(_error)}");
        }

        await _reading;
        return new ItdResult(_process.ExitCode, Read(_output), Read(_error));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        _store.Delete(recursive: true);
    }

    private static async Task ReadAsync(StreamReader reader, StringBuilder text)
    {
        var buffer = new char[4096];
        int count;
        while ((count = await reader.ReadAsync(buffer)) > 0)
        {
            lock (text)
            {
                text.Append(buffer, 0, count);
            }
        }
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
