using System.Runtime.InteropServices;

namespace ItdOrleans.Core.Data;

/// <summary>
/// Tells a regular file from a directory, a named pipe or a device, following symbolic links, so that a
/// dataset file or a store is never a pipe that blocks forever or a device that never ends.
/// </summary>
public static partial class RegularFile
{
    private const int CurrentDirectory = -100;
    private const uint TypeField = 0x1;
    private const int StatxLength = 256;
    private const int ModeOffset = 28;
    private const int NoSuchFile = 2;

    /// <summary>Why the path is not a regular file, or null when it is one or its kind cannot be told.</summary>
    public static string? Problem(string path)
    {
        if (Directory.Exists(path))
        {
            return NotRegular(path, "a directory");
        }

        // .NET tells no file types apart but directories; Linux's statx does, with the same layout on every CPU.
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        Span<byte> status = stackalloc byte[StatxLength];
        if (Statx(CurrentDirectory, path, 0, TypeField, ref MemoryMarshal.GetReference(status)) != 0)
        {
            // A missing file is left to the caller's open; a link to nowhere is said to be one.
            var dangling = Marshal.GetLastPInvokeError() == NoSuchFile && IsLink(path);
            return dangling ? ThroughLink(path, "does not exist") : null;
        }

        var kind = MemoryMarshal.Read<ushort>(status[ModeOffset..]) & 0xf000;
        return kind switch
        {
            0x8000 => null,
            0x1000 => NotRegular(path, "a named pipe"),
            0x2000 => NotRegular(path, "a character device"),
            0x6000 => NotRegular(path, "a block device"),
            0xc000 => NotRegular(path, "a socket"),
            _ => NotRegular(path, $"a file of type 0x{kind:x4}"),
        };
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static string NotRegular(string path, string what) => ThroughLink(path, $"is {what}, not a regular file");

    private static string ThroughLink(string path, string problem) =>
        File.ResolveLinkTarget(path, returnFinalTarget: true) is { } target
            ? $"is a symbolic link to {target.FullName}, which {problem}"
            : problem;

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, ref byte status);
}
