namespace ItdOrleans.Core.Tests.Data;

/// <summary>How the tests choose their real digits, on folders of empty files named as IDX files.</summary>
public sealed class RealDigitsTests : IDisposable
{
    // Raw and gzipped names mixed, as a folder may hold them.
    private static readonly string[] FileNames =
    [
        "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte",
    ];

    private readonly TempDirectory _directory = new();

    private string Repository => Path.Combine(_directory.Path, "repository");

    private string Shared => Path.Combine(_directory.Path, "shared", "data", "mnist");

    private string Given => Path.Combine(_directory.Path, "given");

    private string Fashion => Path.Combine(_directory.Path, "fashion");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Mnist_named_by_the_variable_comes_first()
    {
        Fill(Given, Shared, Fashion);

        var digits = RealDigits.Find(Variable(Given), Repository, Fashion);

        Assert.Equal(("mnist", "MNIST", Given), (digits.Name, digits.Title, digits.Directory));
        Assert.Contains("ITD_MNIST_DIR names it", digits.ToString());
    }

    [Fact]
    public void Mnist_expected_by_the_variable_but_missing_fails_naming_what_is_missing()
    {
        Fill(Shared, Fashion);
        Directory.CreateDirectory(Given);
        File.WriteAllBytes(Path.Combine(Given, FileNames[0]), []);

        var error = Assert.Throws<DirectoryNotFoundException>(
            () => RealDigits.Find(Variable(Given), Repository, Fashion));

        Assert.Contains($"ITD_MNIST_DIR is {Given}, which lacks train-labels-idx1-ubyte, t10k-images", error.Message);
        Assert.Contains("MNIST is expected there", error.Message);
    }

    [Fact]
    public void Mnist_beside_the_repository_comes_next()
    {
        Fill(Shared, Fashion);

        var digits = RealDigits.Find(Variable(null), Repository, Fashion);

        Assert.Equal(("mnist", Shared), (digits.Name, digits.Directory));
        Assert.Contains("found beside the repository", digits.ToString());
    }

    [Fact]
    public void Without_mnist_the_tests_use_fashion_mnist_and_say_so()
    {
        Fill(Fashion);

        var digits = RealDigits.Find(Variable(" "), Repository, Fashion);

        Assert.Equal(("fashion-mnist", "Fashion-MNIST", Fashion), (digits.Name, digits.Title, digits.Directory));
        Assert.False(digits.IsMnist);
        Assert.Equal(
            $"Tests that need real digits use Fashion-MNIST from {Fashion}: MNIST is missing (ITD_MNIST_DIR is "
            + $"not set and {Shared} lacks it), so accuracy thresholds and expected figures are Fashion-MNIST's.",
            digits.ToString());
    }

    [Fact]
    public void Without_either_dataset_the_error_says_what_to_install_or_set()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(
            () => RealDigits.Find(Variable(null), Repository, Fashion));

        Assert.Contains("found neither MNIST", error.Message);
        Assert.Contains("sudo apt-get install dataset-fashion-mnist", error.Message);
        Assert.Contains("or set ITD_MNIST_DIR to a folder of MNIST's four IDX files", error.Message);
    }

    private static Func<string, string?> Variable(string? mnistDirectory) =>
        name => name == RealDigits.MnistVariable ? mnistDirectory : null;

    private static void Fill(params string[] folders)
    {
        foreach (var folder in folders)
        {
            Directory.CreateDirectory(folder);
            foreach (var name in FileNames)
            {
                File.WriteAllBytes(Path.Combine(folder, name), []);
            }
        }
    }
}
