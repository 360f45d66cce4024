using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ItdOrleans.Benchmarks;

/// <summary>
/// Seconds of processor time the calling thread has used, so that other processes sharing the
/// cores do not count against the measured code; falls back to wall time off Linux.
/// </summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuTime = 3;

    public static double Seconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTime, out var time) == 0)
        {
            return time.Seconds + time.Nanoseconds * 1e-9;
        }

        return Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
