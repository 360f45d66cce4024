using System.Runtime.InteropServices;

namespace ItdOrleans.Client;

/// <summary>
/// Turns the first Ctrl+C (SIGINT), SIGTERM or SIGQUIT into a cancellation the commands act on, so
/// that <c>kill</c>, <c>timeout</c> or an orchestrator stop a command as Ctrl+C does; a second
/// signal ends the process at once, as it would by default.
/// </summary>
public sealed class ConsoleInterrupt : IDisposable
{
    private static readonly (PosixSignal Signal, int ExitCode)[] Signals =
    [
        (PosixSignal.SIGINT, ExitCodes.Interrupted),
        (PosixSignal.SIGQUIT, ExitCodes.Quit),
        (PosixSignal.SIGTERM, ExitCodes.Terminated),
    ];

    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _exitCode;

    public ConsoleInterrupt() => _registrations =
    [
        .. Signals.Select(signal =>
            PosixSignalRegistration.Create(signal.Signal, context => OnSignal(context, signal.ExitCode))),
    ];

    public CancellationToken Token => _source.Token;

    /// <summary>
    /// The exit code of an interrupted command: 128 plus the number of the signal that came first,
    /// as shells report a process that a signal ended.
    /// </summary>
    public int ExitCode => _exitCode == 0 ? ExitCodes.Interrupted : _exitCode;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private void OnSignal(PosixSignalContext context, int exitCode)
    {
        if (Interlocked.CompareExchange(ref _exitCode, exitCode, 0) == 0)
        {
            context.Cancel = true;
            _source.Cancel();
        }
    }
}
