namespace ItdOrleans.Cluster.Tests;

/// <summary>Finds the MNIST files: ITD_MNIST_DIR, else ../shared/data/mnist beside the repository.</summary>
public static class MnistDirectory
{
    public static string Find()
    {
        var fromVariable = Environment.GetEnvironmentVariable("ITD_MNIST_DIR");
        if (!string.IsNullOrWhiteSpace(fromVariable))
        {
            return fromVariable;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ItdOrleans.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "data", "mnist"));
                return Directory.Exists(shared)
                    ? shared
                    : throw new DirectoryNotFoundException(
                        $"MNIST is not at {shared}; set ITD_MNIST_DIR to the folder of its IDX files.");
            }
        }

        throw new DirectoryNotFoundException(
            $"No ItdOrleans.sln above {AppContext.BaseDirectory}; "
            + "set ITD_MNIST_DIR to the folder of MNIST's IDX files.");
    }
}
