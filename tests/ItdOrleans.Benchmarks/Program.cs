using System.Globalization;
using ItdOrleans.Benchmarks;
using ItdOrleans.Core.Data;
using ItdOrleans.Core.Rules;
using ItdOrleans.Tests;

var compare = args.Contains("--compare");
var iterations = args.SkipWhile(a => a != "--iterations").Skip(1).Select(int.Parse).FirstOrDefault(20_000);
if (MnistDirectory() is not { } directory)
{
    return 2;
}

var data = DatasetCatalog.Load("mnist", new DatasetOptions { Directory = directory });

var measured = new Dictionary<string, double>();
foreach (var rule in LearningRules.Names)
{
    measured[rule] = SpeedBenchmark.IterationsPerSecond(data, rule, iterations);
    Console.WriteLine(
        string.Create(CultureInfo.InvariantCulture, $"{rule} iterations_per_second: {measured[rule]:F0}"));
}

if (compare)
{
    var (blas, speeds) = NumpyBaseline.Run(directory, Math.Max(iterations / 10, 500));
    Console.WriteLine($"numpy blas: {blas}");
    foreach (var (rule, numpy) in speeds)
    {
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{rule} numpy_iterations_per_second: {numpy:F0} ratio: {measured[rule] / numpy:F1}"));
    }
}

return 0;

// ITD_MNIST_DIR, else ../shared/data/mnist; null, having said how to get MNIST, when neither holds it.
static string? MnistDirectory()
{
    try
    {
        if (RealDigits.FindMnist(Environment.GetEnvironmentVariable, RealDigits.RepositoryRoot) is { } mnist)
        {
            return mnist.Directory;
        }
    }
    catch (DirectoryNotFoundException wrongFolder)
    {
        Console.Error.WriteLine(wrongFolder.Message);
        return null;
    }

    Console.Error.WriteLine(
        $"The benchmark measures on MNIST: set {RealDigits.MnistVariable} to a folder of its four IDX files, or "
        + "put them in ../shared/data/mnist beside the repository. On a machine that is online, "
        + "`deploy/local/itd.sh sweep run --preset tiny --download` fetches them into ~/.cache/itd-orleans/mnist, "
        + $"a folder {RealDigits.MnistVariable} can then name.");
    return null;
}
