using System.Diagnostics;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>Runs the itd program built beside the tests as a child process, as a user would.</summary>
public static class ItdProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Runs <c>dotnet itd.dll</c> with the arguments; the environment holds MNIST's folder unless
    /// <paramref name="environment"/> sets it (a null value removes a variable), and no cluster
    /// settings of the machine's own.
    /// </summary>
    public static async Task<ItdResult> RunAsync(
        IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "itd.dll"));
        args.ToList().ForEach(start.ArgumentList.Add);

        foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("Itd__", StringComparison.Ordinal)))
        {
            start.Environment.Remove(name);
        }

        start.Environment["ITD_MNIST_DIR"] = MnistDirectory.Find();
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"itd {string.Join(' ', args)} ran longer than {Timeout}");
        }

        return new ItdResult(process.ExitCode, await output, await error);
    }

    public static Task<ItdResult> RunAsync(params string[] args) =>
        RunAsync(new Dictionary<string, string?>(), args);
}
