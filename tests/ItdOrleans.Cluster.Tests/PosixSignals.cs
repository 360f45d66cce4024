using System.Runtime.InteropServices;

namespace ItdOrleans.Cluster.Tests;

/// <summary>Sends a process a POSIX signal, as <c>kill -SIGNAL PID</c> does.</summary>
internal static class PosixSignals
{
    /// <summary>SIGINT, what Ctrl+C sends.</summary>
    public const int Interrupt = 2;

    /// <summary>SIGQUIT, what Ctrl+\ sends.</summary>
    public const int Quit = 3;

    /// <summary>SIGKILL, which ends a process at once: nothing of it runs any more.</summary>
    public const int ForceKill = 9;

    /// <summary>SIGTERM, what kill, timeout and orchestrators send to ask a process to stop.</summary>
    public const int Terminate = 15;

    /// <exception cref="InvalidOperationException">The signal could not be sent.</exception>
    public static void Send(int processId, int signal)
    {
        if (Kill(processId, signal) != 0)
        {
            throw new InvalidOperationException(
                $"could not send signal {signal} to process {processId}: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int processId, int signal);
}
