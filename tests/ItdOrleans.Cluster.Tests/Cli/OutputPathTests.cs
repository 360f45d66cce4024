namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>
/// Files and folders named for output are checked before anything runs, by the option that names
/// them, so that a sweep does not train to its end only to fail writing its results.
/// </summary>
public sealed class OutputPathTests : IDisposable
{
    private static readonly string[] Run = ["sweep", "run", "--preset", "tiny", "--iterations", "50", "--seeds", "1"];

    private readonly SpecFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_folder_given_for_the_trials_file_is_refused_before_the_run()
    {
        var folder = Directory.CreateDirectory(_files.PathOf("results")).FullName;

        var result = await ItdProcess.RunAsync([.. Run, "--json", folder]);

        AssertRefused(result, $"--json '{folder}' is a folder, not a file: give the path of the file to write");
    }

    [Fact]
    public async Task A_file_given_for_the_report_folder_is_refused_before_the_run()
    {
        var file = _files.Write("report", "not a folder");

        var result = await ItdProcess.RunAsync([.. Run, "--report", file]);

        AssertRefused(result, $"--report '{file}' is a file, not a folder: give the folder to write into");
    }

    [Fact]
    public async Task A_trials_file_below_a_file_is_refused_before_the_run()
    {
        var file = _files.Write("plain", "");
        var json = Path.Combine(file, "trials.json");

        var result = await ItdProcess.RunAsync([.. Run, "--json", json]);

        AssertRefused(result, $"--json '{json}' cannot be written: {file} is a file, not a folder");
    }

    [Fact]
    public async Task A_trials_file_that_cannot_be_written_is_refused_before_the_run()
    {
        var json = _files.Write("kept.json", "{}");
        using var readOnly = new ReadOnlyFile(json);

        var result = await ItdProcess.RunAsync([.. Run, "--json", json]);

        AssertRefused(result, $"--json '{json}' cannot be written: permission denied");
        Assert.Equal("{}", File.ReadAllText(json));
    }

    [Fact]
    public async Task A_report_folder_where_no_file_can_be_made_is_refused_in_the_users_terms()
    {
        // No process may create files in /proc, root included.
        var result = await ItdProcess.RunAsync([.. Run, "--report", "/proc/itd-report"]);

        AssertRefused(result, "--report '/proc/itd-report' cannot be written: no file can be created in /proc");
        Assert.DoesNotContain(".itd-", result.Error);
    }

    [Fact]
    public async Task Empty_output_paths_are_refused_by_option()
    {
        var export = await ItdProcess.RunAsync("sweep", "export", "some-sweep", "--out", "");
        var plot = await ItdProcess.RunAsync("sweep", "plot", "some-sweep", "--out", " ");

        AssertRefused(export, "--out is empty: give the path of the file to write");
        AssertRefused(plot, "--out is empty: give the folder to write into");
    }

    [Fact]
    public async Task A_file_given_for_the_figures_folder_is_refused()
    {
        var file = _files.Write("figures", "");

        var plot = await ItdProcess.RunAsync("sweep", "plot", "some-sweep", "--out", file);

        AssertRefused(plot, $"--out '{file}' is a file, not a folder");
    }

    // Refused, naming the option, before a cluster was asked.
    private static void AssertRefused(ItdResult result, string message)
    {
        result.AssertRefused(message);
        Assert.DoesNotContain("cluster", result.Error);
    }
}
