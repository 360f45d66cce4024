using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ItdOrleans.Grains;

/// <summary>Tells a regular file from a device, a pipe or a socket, all of which .NET calls files.</summary>
internal static partial class FileKind
{
    private const int TypeBits = 0xF000;
    private const int Regular = 0x8000;

    /// <summary>
    /// Whether the file at the path, links followed, is a regular file; true when it does not exist,
    /// and on Windows, where the question does not arise.
    /// </summary>
    public static bool IsRegular(string path)
    {
        if (OperatingSystem.IsWindows() || Stat(path, out var status) != 0)
        {
            return true;
        }

        return (status[1] & TypeBits) == Regular;
    }

    // .NET has no public call for a file's type (dotnet/runtime#85148). The runtime's own native
    // library, on every Linux and macOS, has stat(2): the second int of its record is st_mode.
    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, out FileStatus status);

    // Room for the whole record, which is about 120 bytes.
    [InlineArray(64)]
    private struct FileStatus
    {
        private int _element;
    }
}
