using System.Globalization;
using System.Text.Json;
using Xunit.Abstractions;
using static ItdOrleans.Sweeps.Tests.HandMadeTrials;

namespace ItdOrleans.Sweeps.Tests;

public sealed class SweepExportTests
{
    private static readonly TrialRecord[] Trials =
    [
        Finished(ShortRun("vbp", 1), 0.90f, 0.30f, 0.91f, 1000),
        Finished(ShortRun("vbp", 2), 0.94f, 0.20f, 0.95f, 1200),
        Finished(ShortRun("fba", 1) with { HiddenWidth = 16 }, 0.80f, 0.60f, 0.82f, 2000),
        Diverged(ShortRun("itd", 1), 900),
        TrialRecord.Pending(ShortRun("itd", 2)),
    ];

    private static readonly ComparisonTable Table = ComparisonTable.From(Trials);

    private readonly ITestOutputHelper _output;

    public SweepExportTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Markdown_names_the_dataset_and_the_shared_settings_once()
    {
        var markdown = ComparisonTableMarkdown.Write(Table);
        _output.WriteLine(markdown);
        var lines = markdown.Split('\n');

        Assert.StartsWith("**Dataset: mnist** · learning rate 0.01 · minibatch 100 · iterations 5000", lines[0]);
        Assert.DoesNotContain("network 3 x", lines[0]);
        Assert.StartsWith("| rule | network | test accuracy % (mean ± sd) | 95% CI |", lines[2]);
    }

    [Fact]
    public void Markdown_rows_show_percentages_in_rank_order()
    {
        var lines = ComparisonTableMarkdown.Write(Table).Split('\n');

        Assert.StartsWith("| vbp | 3 x 32 | 92.00 ± 2.83 |", lines[4]);
        Assert.EndsWith("| 2 | 0 | 0 | 1100 | 91.50 |", lines[4]);
        Assert.StartsWith("| fba | 3 x 16 | 80.00 ± - | - | 82.00 |", lines[5]);
        Assert.StartsWith("| itd | 3 x 32 | - | - | - | - | 0 | 0 | 1 |", lines[6]);
        Assert.Contains("| 0 | 0 | 1 | 900 | 83.28 |", lines[6]);
    }

    [Fact]
    public void Markdown_ends_with_numbered_footnotes()
    {
        var markdown = ComparisonTableMarkdown.Write(Table);

        Assert.Contains($"\n1. {Table.Footnotes[0]}\n", markdown);
        Assert.Contains($"\n{Table.Footnotes.Count}. {Table.Footnotes[^1]}\n", markdown);
    }

    [Fact]
    public void Csv_has_a_row_per_configuration_with_round_tripping_numbers()
    {
        var lines = ComparisonTableCsv.Write(Table).TrimEnd().Split('\n');
        var header = lines[0].Split(',');
        var vbp = lines[1].Split(',');

        Assert.Equal(1 + Table.Rows.Count, lines.Length);
        Assert.Equal("vbp", vbp[Array.IndexOf(header, "rule")]);
        Assert.Equal("mnist", vbp[Array.IndexOf(header, "dataset")]);
        var mean = double.Parse(vbp[Array.IndexOf(header, "test_accuracy_mean")], CultureInfo.InvariantCulture);
        Assert.Equal(Table.Rows[0].FinalTestAccuracy.Mean, mean);
        Assert.Equal("0.915", vbp[Array.IndexOf(header, "published_test_accuracy")]);
        Assert.Equal("", lines[3].Split(',')[Array.IndexOf(header, "test_accuracy_mean")]);
    }

    [Fact]
    public void Csv_leaves_the_deviation_and_interval_of_a_single_seed_empty()
    {
        var lines = ComparisonTableCsv.Write(Table).TrimEnd().Split('\n');
        var header = lines[0].Split(',');
        string Cell(int row, string column) => lines[row].Split(',')[Array.IndexOf(header, column)];

        Assert.Equal("fba", Cell(2, "rule"));
        Assert.NotEqual("", Cell(2, "test_accuracy_mean"));
        Assert.All(["test_accuracy_sd", "test_accuracy_ci_low", "test_accuracy_ci_high"], column =>
        {
            Assert.Equal("", Cell(2, column));
            Assert.NotEqual("", Cell(1, column));
        });
    }

    [Fact]
    public void Table_json_is_camel_case_and_reads_back()
    {
        var json = SweepJson.WriteTable(Table);

        var read = SweepJson.ReadTable(json);

        Assert.Contains("\"finalTestAccuracy\": {", json);
        Assert.Contains("\"centring\": \"training-mean\"", json);
        Assert.Equal(Table.Dataset, read.Dataset);
        Assert.Equal(Table.Rows.Select(row => row.Configuration), read.Rows.Select(row => row.Configuration));
        Assert.Equal(json, SweepJson.WriteTable(read));
    }

    [Fact]
    public void Trials_json_keeps_every_trial_with_its_curve_and_reads_back()
    {
        var sweep = SweepPresets.Get("paper-iclr");
        var json = SweepJson.WriteTrials(new SweepTrials { Sweep = sweep, Trials = Trials });

        var read = SweepJson.ReadTrials(json);

        Assert.Equal(sweep, read.Sweep);
        Assert.Equal(Trials.Select(trial => trial.Spec), read.Trials.Select(trial => trial.Spec));
        Assert.Equal(Trials.Select(trial => trial.Status), read.Trials.Select(trial => trial.Status));
        Assert.Equal(Trials[0].Result!.Curve, read.Trials[0].Result!.Curve);
        Assert.True(float.IsNaN(read.Trials[3].Result!.FinalTestLoss));
        Assert.Equal(json, SweepJson.WriteTrials(read));
    }

    [Fact]
    public void Trials_json_spells_enums_and_names_for_other_programs()
    {
        var json = SweepJson.WriteTrials(new SweepTrials { Trials = Trials });

        Assert.Contains("\"status\": \"diverged\"", json);
        Assert.Contains("\"finalTestLoss\": \"NaN\"", json);
        Assert.Contains("\"learningRate\": 0.01", json);
        Assert.Contains("\"version\": 1", json);
        Assert.DoesNotContain("hasEnded", json);
    }

    [Fact]
    public void Reading_an_unknown_version_or_a_missing_list_fails_clearly()
    {
        var error = Assert.Throws<JsonException>(() => SweepJson.ReadTrials("{\"trials\": [], \"version\": 2}"));
        Assert.Contains("version 2", error.Message);

        Assert.ThrowsAny<JsonException>(() => SweepJson.ReadTrials("{\"version\": 1}"));
    }
}
