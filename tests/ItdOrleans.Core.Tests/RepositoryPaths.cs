namespace ItdOrleans.Core.Tests;

/// <summary>Finds the shared reference files beside the repository.</summary>
internal static class RepositoryPaths
{
    /// <summary>ITD_REFERENCE_DIR, else ../shared/reference relative to the repository root.</summary>
    public static string ReferenceDirectory() =>
        Environment.GetEnvironmentVariable("ITD_REFERENCE_DIR") is { Length: > 0 } fromVariable
            ? fromVariable
            : Path.GetFullPath(Path.Combine(RealDigits.RepositoryRoot, "..", "shared", "reference"));
}
