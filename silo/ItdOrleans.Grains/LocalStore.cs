using System.Buffers.Binary;
using ItdOrleans.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using SQLitePCL;

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

    private const string Elsewhere =
        "choose another file with Itd__LocalStore (Itd__LocalStore=none keeps everything in memory)";

    // SQLite's result codes, as far as they tell a user what to do.
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int Corrupt = 11;
    private const int CannotOpen = 14;
    private const int NotADatabase = 26;

    private const string IsReadOnly = "is read-only, so it cannot be written";

    private static ReadOnlySpan<byte> Magic => "SQLite format 3\0"u8;

    private static string Home => Environment.GetFolderPath(
        Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify);

    /// <summary>The file used unless another is given: itd-orleans/itd.db under the user's local data folder.</summary>
    public static string DefaultPath { get; } = Path.Combine(
        Environment.GetFolderPath(
            Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        "itd-orleans",
        "itd.db");

    /// <summary>
    /// The store's file as configured, without spaces around it and a leading <c>~/</c> standing for
    /// the home folder, else (unset or blank) <see cref="DefaultPath"/>; null when switched off.
    /// </summary>
    public static string? PathFrom(IConfiguration configuration) => configuration[PathKey]?.Trim() switch
    {
        null or "" => DefaultPath,
        var path when string.Equals(path, Disabled, StringComparison.OrdinalIgnoreCase) => null,
        var path when path.StartsWith("~/", StringComparison.Ordinal) => Path.Combine(Home, path[2..]),
        var path => path,
    };

    /// <summary>
    /// Checks, before a silo starts on it, that the store is a SQLite database (or missing or empty,
    /// to be created), that it can be written and that no other silo holds it. A symbolic link is
    /// followed to its file, which must exist.
    /// </summary>
    /// <exception cref="LocalStoreException">It cannot be used; the message says why and what to do.</exception>
    public static void EnsureUsable(string path)
    {
        var file = Path.GetFullPath(path);
        try
        {
            file = LinkedFile(file);
            if (Directory.Exists(file))
            {
                throw Unusable(file, "is a folder, not a file");
            }

            if (RegularFile.Problem(file) is { } kind)
            {
                throw Unusable(file, kind, remedy: "");
            }

            // Read before anything is written beside it, such as the lock.
            if (HeaderProblem(file) is { } problem)
            {
                throw Unusable(file, problem);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using var held = SqliteSchema.TryLock(file)
                ?? throw Unusable(file, "is in use by another itd process or silo", "wait for it to end, or");
            if (WriteProblem(file) is { } cannotWrite)
            {
                throw Unusable(file, cannotWrite);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Unusable(file, $"cannot be read or written ({exception.Message})", inner: exception);
        }
        catch (SqliteException exception)
        {
            throw Unusable(file, Problem(exception), inner: exception);
        }
    }

    /// <summary>
    /// The full path of the store's file: the file a symbolic link points to, through any further
    /// links, else the path itself; the lock and the journals of SQLite lie beside that file.
    /// </summary>
    internal static string FileOf(string path)
    {
        var file = Path.GetFullPath(path);
        return new FileInfo(file).LinkTarget is null
            ? file
            : File.ResolveLinkTarget(file, returnFinalTarget: true)!.FullName;
    }

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

    private static LocalStoreException Unusable(
        string file, string problem, string remedy = "move it away or", Exception? inner = null) =>
        new(file, $"the local store {file} {problem}: {(remedy is "" ? "" : remedy + " ")}{Elsewhere}", inner);

    // A link to nothing would have SQLite create the file it points to, wherever that is.
    private static string LinkedFile(string link)
    {
        var file = FileOf(link);
        return file == link || Path.Exists(file)
            ? file
            : throw Unusable(link, $"is a symbolic link to {file}, which does not exist", "remove it or");
    }

    // SQLite takes any file for a database until it reads one; a file cut short it reads up to the cut.
    private static string? HeaderProblem(string file)
    {
        var length = File.Exists(file) ? new FileInfo(file).Length : 0;
        if (length == 0)
        {
            return null;
        }

        Span<byte> header = stackalloc byte[100];
        using (var stream = File.OpenRead(file))
        {
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length
                || !header[..Magic.Length].SequenceEqual(Magic))
            {
                return "is not a SQLite database";
            }
        }

        // The page count in the header holds only while its change counter matches the one it was written with.
        var pageSize = BinaryPrimitives.ReadUInt16BigEndian(header[16..]) is var size and not 1 ? size : 65_536;
        var changes = BinaryPrimitives.ReadUInt32BigEndian(header[24..]);
        var pages = BinaryPrimitives.ReadUInt32BigEndian(header[28..]);
        var pagesValidFor = BinaryPrimitives.ReadUInt32BigEndian(header[92..]);
        return changes == pagesValidFor && (long)pages * pageSize > length
            ? $"is cut short: a SQLite database of {pages} pages, but only {length} bytes long"
            : null;
    }

    // Reads the schema and takes the write lock, without writing: what a silo does first.
    private static string? WriteProblem(string file)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 5,
        }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master; BEGIN IMMEDIATE; ROLLBACK;";
        command.ExecuteNonQuery();

        // SQLite opens a file it may not write read-only, and says so only at the first write.
        return raw.sqlite3_db_readonly(connection.Handle, "main") == 1 ? IsReadOnly : null;
    }

    private static string Problem(SqliteException exception) => (exception.SqliteErrorCode & 0xFF) switch
    {
        NotADatabase => "is not a SQLite database",
        Corrupt => "is damaged (SQLite finds it malformed)",
        ReadOnly => IsReadOnly,
        CannotOpen => "cannot be opened, or SQLite cannot create its journal files beside it",
        Busy or Locked => "is in use by another program",
        _ => $"cannot be used: {exception.Message}",
    };
}
