using System.Diagnostics;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>Runs the itd program built beside the tests as a child process, as a user would.</summary>
public static class ItdProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Runs <c>dotnet itd.dll</c> with the arguments to its end; see <see cref="Start"/> for its environment.
    /// </summary>
    public static async Task<ItdResult> RunAsync(
        IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        using var itd = Start(environment, args);
        return await itd.WaitForExitAsync(Timeout);
    }

    public static Task<ItdResult> RunAsync(params string[] args) =>
        RunAsync(new Dictionary<string, string?>(), args);

    /// <summary>
    /// Starts <c>dotnet itd.dll</c> with the arguments; the environment holds MNIST's folder when the
    /// real digits are MNIST, and no MNIST at all when they are Fashion-MNIST, unless
    /// <paramref name="environment"/> says otherwise (a null value removes a variable); it holds no
    /// cluster settings of the machine's own, and a local store of its own.
    /// </summary>
    public static RunningItd Start(IReadOnlyDictionary<string, string?> environment, params string[] args)
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

        // A store of its own per run: local runs of parallel tests must not share one file.
        var store = Directory.CreateTempSubdirectory("itd-cli-store-");
        start.Environment["Itd__LocalStore"] = Path.Combine(store.FullName, "itd.db");
        if (RealDigits.Current.IsMnist)
        {
            start.Environment[RealDigits.MnistVariable] = RealDigits.Current.Directory;
        }
        else
        {
            // Nor an MNIST in the user's download cache: the program must fall back as the tests did.
            start.Environment.Remove(RealDigits.MnistVariable);
            start.Environment["ITD_DATA_CACHE"] = Path.Combine(store.FullName, "cache");
        }

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

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        return new RunningItd(process, store, $"itd {string.Join(' ', args)}");
    }

    public static RunningItd Start(params string[] args) => Start(new Dictionary<string, string?>(), args);
}
