using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ItdOrleans.Grains;

/// <summary>
/// Creates the tables and queries of Orleans' ADO.NET grain storage in a SQLite file the first
/// time a silo uses it, before any grain state is read; a file that has them is left alone. The
/// silo holds a lock on the file while it runs, since two silos sharing it would both activate
/// the same grains.
/// </summary>
public sealed partial class SqliteSchema(string connectionString, ILogger<SqliteSchema> logger)
    : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private FileStream? _lock;

    /// <summary>The ADO.NET invariant name under which Orleans opens SQLite through Microsoft.Data.Sqlite.</summary>
    public const string Invariant = "System.Data.SQLite";

    private static readonly string[] Scripts = ["Sqlite-Main.sql", "Sqlite-Persistence.sql"];

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(
            nameof(SqliteSchema),
            ServiceLifecycleStage.RuntimeInitialize,
            _ => EnsureCreatedAsync(),
            _ =>
            {
                Dispose();
                return Task.CompletedTask;
            });

    /// <summary>Takes the file's lock and creates the folder, the file and the schema when missing.</summary>
    /// <exception cref="LocalStoreException">Another process holds the file.</exception>
    public async Task EnsureCreatedAsync()
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var file = LocalStore.FileOf(builder.DataSource);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        _lock ??= Lock(file);

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        if (await HasSchemaAsync(connection))
        {
            return;
        }

        // Write-ahead logging lets grain reads proceed during writes; the mode sticks to the file.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;");
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        foreach (var script in Scripts)
        {
            await ExecuteAsync(connection, transaction, ReadScript(script));
        }

        await transaction.CommitAsync();
        LogSchemaCreated(logger, builder.DataSource);
    }

    public void Dispose()
    {
        _lock?.Dispose();
        _lock = null;
    }

    /// <summary>
    /// The lock on the file that a running silo holds, or null when another process holds it; the
    /// caller disposes it to let go.
    /// </summary>
    internal static FileStream? TryLock(string file)
    {
        try
        {
            return new FileStream(file + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception) when (exception.GetType() == typeof(IOException))
        {
            // What a lock held elsewhere throws; a missing folder or a denied permission throw other types.
            return null;
        }
    }

    private static FileStream Lock(string file) => TryLock(file) ?? throw new LocalStoreException(
        file, $"The grain storage {file} is in use by another silo; give this one a file of its own.");

    private static async Task<bool> HasSchemaAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'OrleansStorage';";
        return Convert.ToInt64(await command.ExecuteScalarAsync()) > 0;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static string ReadScript(string name)
    {
        var assembly = typeof(SqliteSchema).Assembly;
        using var stream = assembly.GetManifestResourceStream($"ItdOrleans.Grains.Schema.{name}")
            ?? throw new InvalidOperationException(
                $"The schema script {name} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information,
        Message = "Created the grain storage schema in {DataSource}")]
    private static partial void LogSchemaCreated(ILogger logger, string dataSource);
}
