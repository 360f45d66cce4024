using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace ItdOrleans.Grains;

/// <summary>
/// The on-disk grain storage of a silo that runs alone: a SQLite file, needing no server, that
/// keeps sweeps, trials and checkpoints across restarts of the process.
/// </summary>
public static class LocalStore
{
    /// <summary>The configuration key of the store's file; "none" keeps grain state in memory.</summary>
    public const string PathKey = "Itd:LocalStore";

    /// <summary>The value of <see cref="PathKey"/> that keeps grain state in memory.</summary>
    public const string Disabled = "none";

    /// <summary>The file used unless another is given: itd-orleans/itd.db under the user's local data folder.</summary>
    public static string DefaultPath { get; } = Path.Combine(
        Environment.GetFolderPath(
            Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        "itd-orleans",
        "itd.db");

    /// <summary>The store's file as configured, else <see cref="DefaultPath"/>; null when switched off.</summary>
    public static string? PathFrom(IConfiguration configuration) => configuration[PathKey] switch
    {
        null or "" => DefaultPath,
        var path when string.Equals(path.Trim(), Disabled, StringComparison.OrdinalIgnoreCase) => null,
        var path => path,
    };

    /// <summary>
    /// The configuration that makes the "itd" grain storage this SQLite file (created with its
    /// schema on first use); add it to a host's configuration before <c>AddItdOrleans</c>.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> Settings(string? path = null)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path ?? DefaultPath }.ToString();
        var section = $"Orleans:GrainStorage:{GrainStorage.Provider}";
        return
        [
            new($"{section}:ProviderType", "AdoNet"),
            new($"{section}:Invariant", SqliteSchema.Invariant),
            new($"{section}:ConnectionString", connectionString),
        ];
    }
}
