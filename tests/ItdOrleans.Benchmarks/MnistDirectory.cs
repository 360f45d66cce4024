namespace ItdOrleans.Benchmarks;

/// <summary>Where the benchmark reads MNIST: ITD_MNIST_DIR, else ../shared/data/mnist beside the repository.</summary>
internal static class MnistDirectory
{
    public static string Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ITD_MNIST_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ItdOrleans.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "mnist"));
            }
        }

        throw new DirectoryNotFoundException($"set ITD_MNIST_DIR: no ItdOrleans.sln above {AppContext.BaseDirectory}");
    }
}
