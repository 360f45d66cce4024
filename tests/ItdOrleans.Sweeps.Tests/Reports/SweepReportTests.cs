using System.Text.RegularExpressions;
using ItdOrleans.Reports;

namespace ItdOrleans.Sweeps.Tests.Reports;

public sealed class SweepReportTests : IDisposable
{
    private readonly string _directory =
        Path.Combine(Path.GetTempPath(), "itd-report-" + Guid.NewGuid().ToString("N"));
    private readonly DatasetDescription _dataset = new("MNIST", "IDX files in /data/mnist (MD5 checked)");

    [Fact]
    public void Report_names_the_dataset_and_every_hyperparameter()
    {
        var spec = SyntheticSweep.Spec(3e-3, 1e-2) with { Name = "paper-5k", EvaluationInterval = 250 };

        var markdown = SweepReport.Markdown(SyntheticSweep.Records(spec), spec, _dataset);

        Assert.Contains("paper-5k", markdown);
        Assert.Contains("MNIST", markdown);
        Assert.Contains("IDX files in /data/mnist (MD5 checked)", markdown);
        foreach (var property in typeof(SweepSpec).GetProperties())
        {
            var words = Regex.Replace(property.Name, "([A-Z])", " $1").Trim().ToLowerInvariant();
            Assert.Contains($"| {words} |", markdown);
        }

        Assert.Contains("| learning rates | 0.003, 0.01 |", markdown);
        Assert.Contains("| rules | vbp, fba, itd |", markdown);
        Assert.Contains("| seeds | 1, 2, 3, 4, 5 |", markdown);
        Assert.Contains("| evaluation interval | 250 |", markdown);
        Assert.Contains("| centring | training-mean |", markdown);
    }

    [Fact]
    public void Report_embeds_the_specification_as_yaml_that_reads_back_equal()
    {
        var spec = SyntheticSweep.Spec(3e-3, 1e-2) with { Name = "paper-5k", EpochShuffling = true };

        var markdown = SweepReport.Markdown(SyntheticSweep.Records(spec), spec, _dataset);

        var yaml = Regex.Match(markdown, "```yaml\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        Assert.All(SweepYaml.Keys, key => Assert.Contains(key + ":", yaml));
        Assert.Equal(spec, SweepYaml.Parse(yaml));
    }

    [Fact]
    public void Report_embeds_the_ranked_comparison_table()
    {
        var spec = SyntheticSweep.Spec(1e-2);
        var records = SyntheticSweep.Records(spec);

        var markdown = SweepReport.Markdown(records, spec, _dataset);

        Assert.Contains(ComparisonTableMarkdown.Write(ComparisonTable.From(records)).TrimEnd(), markdown);
        Assert.True(markdown.IndexOf("| vbp |", StringComparison.Ordinal)
            < markdown.IndexOf("| itd |", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_states_a_sentence_per_comparison()
    {
        var spec = SyntheticSweep.Spec(1e-2);

        var markdown = SweepReport.Markdown(SyntheticSweep.Records(spec), spec, _dataset);

        Assert.Matches(@"- vbp beats fba by \d+\.\d points \(p [<=] [\d.]+, 5 seeds\)\.", markdown);
        Assert.Matches(@"- vbp beats itd by \d+\.\d points \(p [<=] [\d.]+, 5 seeds\)\.", markdown);
        Assert.Contains("| vbp vs itd |", markdown);
        Assert.Contains("Hedges' g", markdown);
    }

    [Fact]
    public void Two_seeds_per_rule_write_p_alike_in_sentences_and_table_and_call_the_evidence_thin()
    {
        var spec = SyntheticSweep.Spec(1e-2) with { Seeds = [1, 2] };

        var markdown = SweepReport.Markdown(SyntheticSweep.Records(spec), spec, _dataset);

        var sentences = Regex.Matches(markdown, @"^- (\w+) beats (\w+) by .* \(p = ([\d.]+), 2 seeds\)(.*)$",
            RegexOptions.Multiline);
        Assert.NotEmpty(sentences);
        foreach (Match sentence in sentences)
        {
            var (leading, trailing, p) = (sentence.Groups[1].Value, sentence.Groups[2].Value, sentence.Groups[3].Value);
            Assert.Matches($@"\| {leading} vs {trailing} \|[^\n]* \| {Regex.Escape(p)} \|", markdown);
            Assert.Equal(
                ", but the evidence is thin: with 2 seeds per rule the rank test's p cannot go below 0.33.",
                sentence.Groups[4].Value);
        }
    }

    [Fact]
    public void Written_report_links_figures_that_exist_beside_it()
    {
        var spec = SyntheticSweep.Spec(1e-3, 1e-2);

        var path = SweepReport.Write(SyntheticSweep.Records(spec), spec, _dataset, _directory);

        Assert.Equal(Path.Combine(_directory, SweepReport.FileName), path);
        var links = Regex.Matches(File.ReadAllText(path), @"!\[[^\]]*\]\(([^)]+\.png)\)")
            .Select(match => match.Groups[1].Value)
            .ToList();

        // Two learning-curve grids (one per learning rate) and one accuracy-against-learning-rate plot.
        Assert.Equal(3, links.Count);
        Assert.All(links, link => Assert.True(File.Exists(Path.Combine(_directory, link)), link));
        Assert.All(links, link => Assert.True(File.Exists(Path.Combine(_directory, Path.ChangeExtension(link, "svg"))),
            link));
    }

    [Fact]
    public void Failed_and_diverged_trials_are_listed_with_their_reason()
    {
        var spec = SyntheticSweep.Spec(1e-2);
        var records = SyntheticSweep.Records(spec).ToList();
        records[0] = records[0] with { Status = TrialStatus.Failed, Result = null, Error = "silo lost" };

        var markdown = SweepReport.Markdown(records, spec, _dataset);

        Assert.Contains("15 trials: 14 finished, 1 failed.", markdown);
        Assert.Contains("silo lost", markdown);
        Assert.Contains("vbp beats fba by", markdown);
        Assert.Contains("4 and 5 seeds", markdown);
    }

    [Fact]
    public void Names_and_errors_given_by_users_are_escaped_as_markdown()
    {
        const string name = "<img src=x onerror=alert(1)>*[click](javascript:alert(2))*";
        var spec = SyntheticSweep.Spec(1e-2) with { Name = name };
        var records = SyntheticSweep.Records(spec).ToList();
        records[0] = records[0] with { Status = TrialStatus.Failed, Result = null, Error = "[x](javascript:1)\n# _y_" };

        var markdown = SweepReport.Markdown(records, spec, _dataset);

        Assert.Contains(@"# Sweep report: \<img src=x onerror=alert(1)\>\*\[click\](javascript:alert(2))\*", markdown);
        Assert.Contains(@"| name | \<img src=x onerror=alert(1)\>\*\[click\](javascript:alert(2))\* |", markdown);
        Assert.Contains(@": \[x\](javascript:1) \# \_y\_", markdown);
    }

    [Fact]
    public void A_name_with_backticks_cannot_close_the_yaml_block_early()
    {
        var spec = SyntheticSweep.Spec(1e-2) with { Name = "a\n```\n[x](javascript:1)\n````" };

        var markdown = SweepReport.Markdown(SyntheticSweep.Records(spec), spec, _dataset);

        var yaml = Regex.Match(markdown, "\n(`{5,})yaml\n(.*?)\n\\1\n", RegexOptions.Singleline).Groups[2].Value;
        Assert.Equal(spec, SweepYaml.Parse(yaml));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
