namespace ItdOrleans.Core.Tests;

/// <summary>Finds the shared reference files and the MNIST folder beside the repository.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding ItdOrleans.sln.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ItdOrleans.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no ItdOrleans.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>ITD_REFERENCE_DIR, else ../shared/reference relative to the repository root.</summary>
    public static string ReferenceDirectory() =>
        FromEnvironment("ITD_REFERENCE_DIR") ?? Path.GetFullPath(Path.Combine(Root(), "..", "shared", "reference"));

    /// <summary>ITD_MNIST_DIR, else ../shared/data/mnist relative to the repository root.</summary>
    public static string MnistDirectory() =>
        FromEnvironment("ITD_MNIST_DIR") ?? Path.GetFullPath(Path.Combine(Root(), "..", "shared", "data", "mnist"));

    private static string? FromEnvironment(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
