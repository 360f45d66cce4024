using System.Diagnostics;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>
/// Makes a file read-only for the itd program until disposed. Permissions do not stop root, so
/// under root the file is made immutable with <c>chattr +i</c> instead.
/// </summary>
public sealed class ReadOnlyFile : IDisposable
{
    private readonly string _path;
    private readonly UnixFileMode _mode;

    public ReadOnlyFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("read-only files are made for Linux here");
        }

        _path = path;
        _mode = File.GetUnixFileMode(path);
        if (Environment.IsPrivilegedProcess)
        {
            Chattr("+i");
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead);
        }
    }

    public void Dispose()
    {
        if (Environment.IsPrivilegedProcess)
        {
            Chattr("-i");
        }
        else if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_path, _mode);
        }
    }

    private void Chattr(string change)
    {
        var start = new ProcessStartInfo("chattr", [change, _path]) { RedirectStandardError = true };
        using var chattr = Process.Start(start) ?? throw new InvalidOperationException("chattr did not start");
        var error = chattr.StandardError.ReadToEnd();
        chattr.WaitForExit();
        if (chattr.ExitCode != 0)
        {
            throw new InvalidOperationException($"chattr {change} {_path} failed, so root could write it: {error}");
        }
    }
}
