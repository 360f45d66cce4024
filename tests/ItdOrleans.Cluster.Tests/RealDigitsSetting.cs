using ItdOrleans.Grains;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ItdOrleans.Cluster.Tests;

/// <summary>The silo setting that points at the real digits, and the line that says which they are.</summary>
internal static class RealDigitsSetting
{
    /// <summary>The configuration key of the real digits' folder.</summary>
    public static string Key => DirectoryKey(RealDigits.Current.Name);

    /// <summary>The real digits' folder.</summary>
    public static string Value => RealDigits.Current.Directory;

    /// <summary>The configuration key of a dataset's folder, such as "Itd:DatasetDirectories:mnist".</summary>
    public static string DirectoryKey(string dataset) => ItdOptions.DatasetDirectoryKey(dataset);

    /// <summary>Writes to the test log which dataset the tests use and why.</summary>
    public static void Announce(IMessageSink log) =>
        log.OnMessage(new DiagnosticMessage(RealDigits.Current.ToString()));
}
