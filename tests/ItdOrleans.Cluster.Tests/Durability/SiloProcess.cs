using System.Reflection;
using ItdOrleans.Cluster.Tests.Deploy;

namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>Starts the silo host, built beside these tests, as a process of its own.</summary>
internal static class SiloProcess
{
    /// <summary>The silo host's dll in the build configuration of these tests.</summary>
    public static string Dll { get; } = Path.Combine(
        DeployFiles.RepositoryRoot,
        "silo", "ItdOrleans.Silo", "bin",
        typeof(SiloProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration,
        "net10.0", "ItdOrleans.Silo.dll");

    /// <summary>Starts a silo with the given configuration as environment variables.</summary>
    public static ChildProcess Start(string name, IReadOnlyDictionary<string, string> configuration)
    {
        if (!File.Exists(Dll))
        {
            throw new FileNotFoundException($"The silo host is not built at {Dll}.", Dll);
        }

        var environment = configuration.ToDictionary(
            pair => pair.Key.Replace(":", "__", StringComparison.Ordinal), pair => pair.Value);
        environment["DOTNET_gcServer"] = "0";
        return ChildProcess.Start(name, "dotnet", [Dll], environment);
    }
}
