using System.Globalization;
using ItdOrleans.Benchmarks;
using ItdOrleans.Core.Data;
using ItdOrleans.Core.Rules;

var compare = args.Contains("--compare");
var iterations = args.SkipWhile(a => a != "--iterations").Skip(1).Select(int.Parse).FirstOrDefault(20_000);
var directory = MnistDirectory.Find();
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
