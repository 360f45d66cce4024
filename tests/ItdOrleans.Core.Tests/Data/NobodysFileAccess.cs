using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace ItdOrleans.Core.Tests.Data;

/// <summary>
/// While it lives, the calling thread opens files as the user nobody, so that file permissions hold even
/// for tests run as root; a user other than root stays who it is.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed partial class NobodysFileAccess : IDisposable
{
    private const uint Nobody = 65534;

    private readonly uint _previous;

    public NobodysFileAccess() => _previous = (uint)SetFileSystemUser(Nobody);

    public void Dispose() => SetFileSystemUser(_previous);

    // setfsuid changes the calling thread only, unlike seteuid, which changes every thread of the process.
    [LibraryImport("libc", EntryPoint = "setfsuid")]
    private static partial int SetFileSystemUser(uint user);
}
