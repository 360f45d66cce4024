using System.Diagnostics;
using System.Globalization;

namespace ItdOrleans.Benchmarks;

/// <summary>Runs numpy_baseline.py with Debian's python3 and reads the BLAS it used and its per-rule speeds.</summary>
internal static class NumpyBaseline
{
    private const string Python = "/usr/bin/python3";

    public static (string Blas, IReadOnlyList<(string Rule, double IterationsPerSecond)> Speeds) Run(
        string mnistDirectory, int iterations)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "numpy_baseline.py");
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(mnistDirectory);
        start.ArgumentList.Add(iterations.ToString(CultureInfo.InvariantCulture));
        start.Environment["OMP_NUM_THREADS"] = "1";
        start.Environment["OPENBLAS_NUM_THREADS"] = "1";
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"could not start {Python}");
        var errors = process.StandardError.ReadToEndAsync();
        var blas = "unknown";
        var results = new List<(string, double)>();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith("blas: ", StringComparison.Ordinal))
            {
                blas = line["blas: ".Length..];
                continue;
            }

            var parts = line.Split(' ');
            if (parts.Length == 3 && parts[1] == "iterations_per_second:")
            {
                results.Add((parts[0], double.Parse(parts[2], CultureInfo.InvariantCulture)));
            }
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var reason = errors.Result.Contains("No module named 'numpy'", StringComparison.Ordinal)
                ? "numpy is not installed for /usr/bin/python3 (apt-get install python3-numpy)"
                : errors.Result.Trim();
            throw new InvalidOperationException(
                $"numpy_baseline.py exited with code {process.ExitCode}: {reason}");
        }

        return (blas, results);
    }
}
