using System.Text.Json.Nodes;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>
/// Trials files read by <c>itd sweep plot --from</c> and <c>itd sweep report --from</c>: one whose
/// numbers could not be trusted is refused, in the file's own terms, naming the trial and the field.
/// </summary>
public sealed class TrialsFileTests : IDisposable
{
    private static readonly SweepSpec Sweep = new() { Name = "hand-made", Rules = ["vbp", "fba"], Seeds = [1, 2] };

    private readonly SpecFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_trial_listed_twice_is_refused_by_key()
    {
        var twice = MadeTrials.Finished("vbp", 1, 0.9f);
        var other = MadeTrials.Finished("fba", 1, 0.8f);
        var json = _files.Write("twice.json", MadeTrials.Json(Sweep, twice, other, twice));

        var result = await ItdProcess.RunAsync("sweep", "report", "--from", json, "--out", _files.PathOf("r"));

        result.AssertRefused(
            $"the trials file '{json}' cannot be used: trial vbp seed 1 ({twice.Key}) is listed 2 times "
            + "(trials[0], trials[2])");
        Assert.False(Directory.Exists(_files.PathOf("r")));
    }

    [Fact]
    public async Task Impossible_settings_of_a_trial_are_each_named()
    {
        var spec = MadeTrials.Spec("itd", 2) with { HiddenWidth = -5, LearningRate = 0 };
        var trial = MadeTrials.Finished(spec, 0.7f);
        var json = _files.Write(
            "impossible.json", MadeTrials.Json(Sweep, MadeTrials.Finished("vbp", 1, 0.9f), trial));

        var result = await ItdProcess.RunAsync("sweep", "plot", "--from", json, "--out", _files.PathOf("f"));

        result.AssertRefused($"the trials file '{json}' cannot be used: it has 2 problems:");
        var name = $"trial itd seed 2 ({trial.Key}) (trials[1])";
        Assert.Contains($"{name}: spec.hiddenWidth is -5; it must be at least 1", result.UnwrappedError);
        Assert.Contains($"{name}: spec.learningRate is 0; it must be a positive number", result.UnwrappedError);
    }

    [Theory]
    [InlineData("attempts", null, "trials[0] lacks the field 'attempts'")]
    [InlineData("key", "null", "trials[0].key is null, but must have a value")]
    [InlineData("status", "\"done\"",
        "trials[0].status holds a value of the wrong kind: one of pending, running, finished, diverged, failed, "
        + "cancelled is expected")]
    [InlineData("iterationsDone", "\"many\"", "trials[0].iterationsDone holds a value of the wrong kind: a whole")]
    [InlineData("spec", "[]", "trials[0].spec holds a value of the wrong kind: an object in braces is expected")]
    public async Task A_field_missing_or_of_the_wrong_kind_is_named_by_its_place(
        string field, string? value, string message)
    {
        var file = JsonNode.Parse(MadeTrials.Json(Sweep, MadeTrials.Finished("vbp", 1, 0.9f)))!;
        var trial = file["trials"]![0]!.AsObject();
        trial.Remove(field);
        if (value is not null)
        {
            trial[field] = JsonNode.Parse(value);
        }

        var json = _files.Write("edited.json", file.ToJsonString());

        var result = await ItdProcess.RunAsync("sweep", "plot", "--from", json);

        result.AssertRefused($"the trials file '{json}' cannot be used: {message}");
        Assert.DoesNotContain("ItdOrleans", result.Error);
        Assert.DoesNotContain("nullability", result.Error);
    }

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("{ \"trials\": [,] }", "it is not valid JSON: ',' is an invalid start of a value. (line 1)")]
    public async Task Text_that_is_not_a_trials_file_is_refused(string text, string message)
    {
        var json = _files.Write("not-trials.json", text);

        var result = await ItdProcess.RunAsync("sweep", "plot", "--from", json);

        result.AssertRefused($"the trials file '{json}' cannot be used: {message}");
    }

    [Fact]
    public async Task Figures_and_report_are_named_after_the_sweep_the_file_holds()
    {
        TrialRecord[] trials =
        [
            MadeTrials.Finished("vbp", 1, 0.9f),
            MadeTrials.Finished("vbp", 2, 0.92f),
            MadeTrials.Finished("fba", 1, 0.8f),
            MadeTrials.Finished("fba", 2, 0.82f),
        ];
        var json = _files.Write("export-2025.json", MadeTrials.Json(Sweep, trials));

        var plot = await ItdProcess.RunAsync("sweep", "plot", "--from", json, "--out", _files.PathOf("figures"));
        var report = await ItdProcess.RunAsync("sweep", "report", "--from", json, "--out", _files.PathOf("report"));

        Assert.True(plot.ExitCode == 0, plot.ToString());
        Assert.Contains($"of hand-made to {_files.PathOf("figures")}", plot.Error);
        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Contains("Wrote the report of hand-made (4 trials)", report.UnwrappedError);
        Assert.DoesNotContain("export-2025", plot.Error + report.Error);
    }

    [Fact]
    public async Task A_sweep_that_ended_without_a_finished_trial_has_none_to_plot_not_none_yet()
    {
        var failed = MadeTrials.Failed("vbp", 1, "out of memory", silo: null);
        var ended = _files.Write("ended.json", MadeTrials.Json(Sweep, failed));
        var running = _files.Write(
            "running.json", MadeTrials.Json(Sweep, failed, TrialRecord.Pending(MadeTrials.Spec("fba", 1))));

        var plotEnded = await ItdProcess.RunAsync("sweep", "plot", "--from", ended, "--out", _files.PathOf("e"));
        var plotRunning = await ItdProcess.RunAsync("sweep", "plot", "--from", running, "--out", _files.PathOf("r"));

        Assert.True(plotEnded.ExitCode == 1, plotEnded.ToString());
        Assert.Contains("hand-made has no finished trials, so there is nothing to plot", plotEnded.UnwrappedError);
        Assert.Contains("hand-made has no finished trials yet, so", plotRunning.UnwrappedError);
    }
}
