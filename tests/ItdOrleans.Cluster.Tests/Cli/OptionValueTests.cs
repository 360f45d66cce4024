using ItdOrleans.Client.Settings;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>
/// A wrong value on the command line is refused in the user's words, naming the option or argument
/// and what it takes, before anything runs or any cluster is asked.
/// </summary>
public sealed class OptionValueTests : IDisposable
{
    private readonly SpecFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("--iterations", "abc", "--iterations expects a whole number, got 'abc'")]
    [InlineData("--iterations", "99999999999", "--iterations expects a whole number up to 2147483647, got '9999")]
    [InlineData("--seeds", "1.5", "--seeds expects a whole number, got '1.5'")]
    [InlineData("--max-trials", "many", "--max-trials expects a whole number, got 'many'")]
    public async Task A_count_that_is_not_a_whole_number_is_refused_by_its_option(
        string option, string value, string message)
    {
        var separate = await ItdProcess.RunAsync("sweep", "run", "--preset", "tiny", option, value);
        var joined = await ItdProcess.RunAsync("sweep", "run", "--preset", "tiny", $"{option}={value}");

        AssertRefused(separate, message);
        AssertRefused(joined, message);
    }

    [Fact]
    public async Task A_count_without_its_value_is_refused_by_its_option()
    {
        var result = await ItdProcess.RunAsync("sweep", "run", "--preset", "tiny", "--iterations", "--seeds", "2");

        AssertRefused(result, "--iterations needs a value: a whole number");
    }

    [Fact]
    public async Task Cluster_options_name_themselves_too()
    {
        var timeout = await ItdProcess.RunAsync("sweep", "list", "--connect-timeout", "soon");
        var port = await ItdProcess.RunAsync("sweep", "list", "--gateway-port", "http");

        AssertRefused(timeout, "--connect-timeout expects a whole number, got 'soon'");
        AssertRefused(port, "--gateway-port expects a whole number, got 'http'");
    }

    [Fact]
    public void Every_whole_number_option_is_read_by_the_converter_that_names_it()
    {
        Assert.Equal(
            ["--connect-timeout", "--gateway-port", "--iterations", "--max-trials", "--seeds"],
            WholeNumberOptions.Names.Order());
    }

    [Theory]
    [InlineData("show")]
    [InlineData("watch")]
    [InlineData("export")]
    [InlineData("plot")]
    public async Task A_blank_sweep_id_is_refused_in_words(string command)
    {
        var result = await ItdProcess.RunAsync("sweep", command, " ");

        AssertRefused(result, "the sweep ID is blank: give the id that 'itd sweep start' printed");
    }

    [Fact]
    public async Task A_folder_given_for_a_file_to_read_is_called_a_folder()
    {
        var folder = Directory.CreateDirectory(_files.PathOf("a-folder")).FullName;

        var run = await ItdProcess.RunAsync("sweep", "run", folder);
        var plot = await ItdProcess.RunAsync("sweep", "plot", "--from", folder);

        AssertRefused(run, $"the specification file '{folder}' is a folder, not a file");
        AssertRefused(plot, $"the trials file '{folder}' is a folder, not a file");
    }

    // Refused in words, with none of the runtime's, before a cluster was asked.
    private static void AssertRefused(ItdResult result, string message)
    {
        result.AssertRefused(message);
        Assert.DoesNotContain("Nullable", result.Error);
        Assert.DoesNotContain("Parameter", result.Error);
        Assert.DoesNotContain("cannot reach the cluster", result.Error);
    }
}
