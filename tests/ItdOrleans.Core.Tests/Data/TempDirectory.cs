using System.Runtime.InteropServices;

namespace ItdOrleans.Core.Tests.Data;

/// <summary>A fresh directory under the system's temporary folder, deleted on dispose.</summary>
public sealed partial class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "itd-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes bytes to a file of this directory and returns its path.</summary>
    public string Write(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Links a file of this directory to an existing file, so large data is not copied.</summary>
    public string Link(string name, string target)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    /// <summary>Makes a named pipe in this directory and returns its path.</summary>
    public string Pipe(string name)
    {
        var path = System.IO.Path.Combine(Path, name);
        if (MakeFifo(path, Convert.ToUInt32("600", 8)) != 0)
        {
            throw new IOException($"mkfifo {path} failed with error {Marshal.GetLastPInvokeError()}");
        }

        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere only leaves a temporary directory behind.
        }
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MakeFifo(string path, uint mode);
}
