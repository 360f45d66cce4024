using ItdOrleans.Grains;
using Microsoft.Extensions.Configuration;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>
/// A local store that cannot be used stops <c>itd sweep run</c> before anything starts, with a
/// message that names the file, says what is wrong and what to do, and no stack trace.
/// </summary>
public sealed class LocalStoreTests : IDisposable
{
    private const string Remedy =
        "choose another file with Itd__LocalStore (Itd__LocalStore=none keeps everything in memory)";

    private static readonly string[] Run = ["sweep", "run", "--preset", "tiny", "--iterations", "50", "--seeds", "1"];

    private readonly SpecFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused()
    {
        var store = _files.Write("garbage.db", new string('x', 3000));

        var result = await RunOnAsync(store);

        AssertRefused(result, store, "is not a SQLite database: move it away or " + Remedy);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_database_cut_short_is_refused_and_a_whole_one_is_used()
    {
        var store = _files.PathOf("whole.db");
        Assert.True((await RunOnAsync(store)).ExitCode == 0);
        var cut = _files.PathOf("cut.db");
        using (var whole = File.OpenRead(store))
        using (var part = File.Create(cut))
        {
            var bytes = new byte[5000];
            whole.ReadExactly(bytes);
            part.Write(bytes);
        }

        var result = await RunOnAsync(cut);

        AssertRefused(result, cut, "is cut short: a SQLite database of");
        Assert.Contains("but only 5000 bytes long: move it away or " + Remedy, result.UnwrappedError);
    }

    [Fact]
    public async Task A_folder_is_refused()
    {
        var store = Directory.CreateDirectory(_files.PathOf("folder.db")).FullName;

        var result = await RunOnAsync(store);

        AssertRefused(result, store, "is a folder, not a file: move it away or " + Remedy);
    }

    [Fact]
    public async Task A_read_only_database_is_refused()
    {
        var store = _files.PathOf("read-only.db");
        CreateDatabase(store);
        using var readOnly = new ReadOnlyFile(store);

        var result = await RunOnAsync(store);

        AssertRefused(result, store, "is read-only, so it cannot be written: move it away or " + Remedy);
    }

    [Fact]
    public async Task A_store_another_process_holds_is_refused_in_plain_words()
    {
        var store = _files.PathOf("held.db");

        // How a running silo holds its store.
        using var held = new FileStream(store + ".lock", FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        var result = await RunOnAsync(store);

        AssertRefused(result, store, "is in use by another itd process or silo: wait for it to end, or " + Remedy);
        Assert.DoesNotContain("InvalidOperationException", result.Error);
    }

    [Fact]
    public void A_link_to_a_database_is_followed_to_its_file()
    {
        var store = _files.PathOf("linked.db");
        CreateDatabase(store);
        var link = File.CreateSymbolicLink(_files.PathOf("link.db"), store).FullName;

        LocalStore.EnsureUsable(link);
    }

    [Fact]
    public async Task A_link_to_nothing_is_refused_naming_the_link_and_where_it_points()
    {
        var missing = _files.PathOf("missing.db");
        var link = File.CreateSymbolicLink(_files.PathOf("dangling.db"), missing).FullName;

        var result = await RunOnAsync(link);

        AssertRefused(result, link, $"is a symbolic link to {missing}, which does not exist: remove it or " + Remedy);
    }

    [Fact]
    public async Task A_device_is_refused_and_nothing_is_written_beside_it()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var journals = Directory.GetFiles("/dev", "null*").Length;

        var result = await RunOnAsync("/dev/null");

        AssertRefused(result, "/dev/null", "is a character device, not a regular file: " + Remedy);
        Assert.Equal(journals, Directory.GetFiles("/dev", "null*").Length);
    }

    [Fact]
    public void A_blank_setting_is_the_default_store()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new(LocalStore.PathKey, "  ")])
            .Build();

        Assert.Equal(LocalStore.DefaultPath, LocalStore.PathFrom(configuration));
    }

    [Fact]
    public void A_leading_tilde_stands_for_the_home_folder()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new(LocalStore.PathKey, "~/stores/itd.db")])
            .Build();

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.Equal(Path.Combine(home, "stores", "itd.db"), LocalStore.PathFrom(configuration));
    }

    private static Task<ItdResult> RunOnAsync(string store) =>
        ItdProcess.RunAsync(new Dictionary<string, string?> { ["Itd__LocalStore"] = store }, Run);

    // An empty SQLite database, as the sqlite3 program would leave one.
    private static void CreateDatabase(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE notes (text TEXT);";
        command.ExecuteNonQuery();
    }

    private static void AssertRefused(ItdResult result, string store, string problem)
    {
        result.AssertRefused($"the local store {store} {problem}");
        Assert.DoesNotContain("Exception", result.Error);
    }
}
