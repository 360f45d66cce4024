namespace ItdOrleans.Tests;

/// <summary>
/// The real digits the tests train on: MNIST when ITD_MNIST_DIR or ../shared/data/mnist beside the
/// repository holds it, else Fashion-MNIST from Debian's package dataset-fashion-mnist.
/// </summary>
/// <param name="Name">The dataset as specifications name it: "mnist" or "fashion-mnist".</param>
/// <param name="Title">The dataset as reports name it: "MNIST" or "Fashion-MNIST".</param>
/// <param name="Directory">The folder of its four IDX files.</param>
/// <param name="Reason">Why this dataset is the one, for the test log.</param>
internal sealed record RealDigits(string Name, string Title, string Directory, string Reason)
{
    public const string MnistVariable = "ITD_MNIST_DIR";

    /// <summary>Where the package dataset-fashion-mnist installs its files.</summary>
    public const string FashionMnistDirectory = "/usr/share/datasets/fashion-mnist";

    private static readonly string[] FileNames =
        ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"];

    private static readonly Lazy<RealDigits> s_current = new(() =>
        Find(Environment.GetEnvironmentVariable, RepositoryRoot, FashionMnistDirectory));

    /// <summary>The real digits of this test run; throws, saying what to install, when there are none.</summary>
    public static RealDigits Current => s_current.Value;

    public bool IsMnist => Name == "mnist";

    /// <summary>The folder holding ItdOrleans.sln, found by walking up from the running binaries.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ItdOrleans.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException($"no ItdOrleans.sln above {AppContext.BaseDirectory}");
        }
    }

    /// <summary>
    /// MNIST from the folder <paramref name="variable"/> gives for ITD_MNIST_DIR, else from
    /// ../shared/data/mnist beside <paramref name="repositoryRoot"/>; null when neither holds it.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">ITD_MNIST_DIR is set but lacks MNIST's files.</exception>
    public static RealDigits? FindMnist(Func<string, string?> variable, string repositoryRoot)
    {
        if (variable(MnistVariable) is { } given && !string.IsNullOrWhiteSpace(given))
        {
            return Holds(given)
                ? Mnist(given, $"{MnistVariable} names it")
                : throw new DirectoryNotFoundException(
                    $"{MnistVariable} is {given}, which lacks {Missing(given)}: MNIST is expected there. "
                    + $"Point {MnistVariable} at a folder of MNIST's four IDX files, or unset it (the tests then "
                    + "use Fashion-MNIST).");
        }

        var shared = SharedMnist(repositoryRoot);
        return Holds(shared) ? Mnist(shared, "found beside the repository") : null;
    }

    /// <summary>
    /// MNIST as <see cref="FindMnist"/> finds it, else Fashion-MNIST from <paramref name="fashionDirectory"/>.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">Neither dataset is at hand.</exception>
    public static RealDigits Find(Func<string, string?> variable, string repositoryRoot, string fashionDirectory)
    {
        if (FindMnist(variable, repositoryRoot) is { } mnist)
        {
            return mnist;
        }

        var shared = SharedMnist(repositoryRoot);
        return Holds(fashionDirectory)
            ? new RealDigits(
                "fashion-mnist",
                "Fashion-MNIST",
                fashionDirectory,
                $"MNIST is missing ({MnistVariable} is not set and {shared} lacks it), so accuracy thresholds "
                + "and expected figures are Fashion-MNIST's")
            : throw new DirectoryNotFoundException(
                $"The tests need real digits and found neither MNIST ({MnistVariable} is not set and {shared} "
                + $"lacks it) nor Fashion-MNIST ({fashionDirectory} lacks it). Install Fashion-MNIST with "
                + $"`sudo apt-get install dataset-fashion-mnist`, or set {MnistVariable} to a folder of MNIST's "
                + "four IDX files.");
    }

    /// <summary>Says which dataset the tests use and why, for the test log.</summary>
    public override string ToString() => $"Tests that need real digits use {Title} from {Directory}: {Reason}.";

    private static RealDigits Mnist(string directory, string reason) => new("mnist", "MNIST", directory, reason);

    private static string SharedMnist(string repositoryRoot) =>
        Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "data", "mnist"));

    private static bool Holds(string directory) => Missing(directory).Length == 0;

    // The IDX files, each raw or gzipped, that a folder lacks.
    private static string Missing(string directory) => string.Join(", ", FileNames.Where(name =>
        !File.Exists(Path.Combine(directory, name)) && !File.Exists(Path.Combine(directory, name + ".gz"))));
}
