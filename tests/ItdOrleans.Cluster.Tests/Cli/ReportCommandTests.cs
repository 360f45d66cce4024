using System.Text.RegularExpressions;
using System.Xml.Linq;
using ItdOrleans.Reports;
using ItdOrleans.Reports.Figures;
using ItdOrleans.Sweeps;
using SkiaSharp;

namespace ItdOrleans.Cluster.Tests.Cli;

/// <summary>
/// <c>itd sweep plot</c> and <c>itd sweep report</c> end to end, on trials trained for real: from a
/// trials file written by a local run, and from a sweep of a running silo.
/// </summary>
public sealed partial class ReportCommandTests(CliSiloFixture silo) : IClassFixture<CliSiloFixture>, IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private const string TwoLearningRates = """
        name: two-rates
        dataset: mnist
        rules: [vbp, itd]
        learning_rates: [1e-2, 3e-2]
        minibatch_sizes: 25
        hidden_widths: 16
        depths: 2
        iterations: 100
        seeds: 2
        evaluation_interval: 50
        """;

    private readonly SpecFiles _files = new();

    // How a report names the real digits, such as "**MNIST** (mnist)".
    private static string Dataset => $"**{RealDigits.Current.Title}** ({RealDigits.Current.Name})";

    // How a report names the folder its trials read the real digits from.
    private static string FromRealDigits => $"{Dataset}, from {Path.GetFullPath(RealDigits.Current.Directory)} (";

    public void Dispose() => _files.Dispose();

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Local_run_then_plot_and_report_from_its_trials_file()
    {
        var spec = _files.Write("two-rates.yaml", TwoLearningRates);
        var json = _files.PathOf("trials.json");
        var runReport = _files.PathOf("run-report");

        // Without MNIST the run falls back to Fashion-MNIST, as it does for a user.
        var run = await ItdProcess.RunAsync("sweep", "run", spec, "--json", json, "--report", runReport);
        Assert.True(run.ExitCode == 0, run.ToString());

        var figures = _files.PathOf("figures");
        var plot = await ItdProcess.RunAsync("sweep", "plot", "--from", json, "--out", figures);
        Assert.True(plot.ExitCode == 0, plot.ToString());
        var paths = PrintedPaths(plot);
        Assert.Equal(2 * 3, paths.Count);
        Assert.All(paths, path => Assert.StartsWith(figures, path));
        AssertLearningCurves(
            paths.Where(path => Path.GetFileName(path).StartsWith("learning-curves-")).ToList(), "vbp", "itd");
        AssertLearningRateFigure(paths);

        var reportFolder = _files.PathOf("report");
        var report = await ItdProcess.RunAsync("sweep", "report", "--from", json, "--out", reportFolder);
        Assert.True(report.ExitCode == 0, report.ToString());
        var markdown = ReadReport(report, reportFolder);
        AssertNamesDatasetAndSpecification(markdown, SweepYaml.Parse(TwoLearningRates, "test"));
        Assert.Contains(FromRealDigits, markdown);
        Assert.Equal(3, AssertLinkedFiguresExist(markdown, reportFolder, ".png"));
        AssertLinkedFiguresExist(markdown, reportFolder, ".svg");

        // Every trial of the file says where its data came from, as it did for the run's own report.
        var runMarkdown = File.ReadAllText(Path.Combine(runReport, SweepReport.FileName));
        Assert.Contains(FromRealDigits, runMarkdown);
        Assert.Equal(3, AssertLinkedFiguresExist(runMarkdown, runReport, ".png"));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Sweep_of_the_cluster_is_plotted_and_reported()
    {
        var start = await ItdProcess.RunAsync(silo.Args(
            "sweep", "start", "--preset", "tiny", "--iterations", "100", "--seeds", "2",
            "--dataset", RealDigits.Current.Name));
        Assert.True(start.ExitCode == 0, start.ToString());
        var sweepId = start.Output.Trim();
        var watch = await ItdProcess.RunAsync(silo.Args("sweep", "watch", sweepId));
        Assert.True(watch.ExitCode == 0, watch.ToString());

        var figures = _files.PathOf("cluster-figures");
        var plot = await ItdProcess.RunAsync(silo.Args("sweep", "plot", sweepId, "--out", figures));
        Assert.True(plot.ExitCode == 0, plot.ToString());
        var paths = PrintedPaths(plot);
        Assert.Equal(2, paths.Count);
        AssertLearningCurves(paths, "vbp", "fba", "itd");

        var reportFolder = _files.PathOf("cluster-report");
        var report = await ItdProcess.RunAsync(silo.Args("sweep", "report", sweepId, "--out", reportFolder));
        Assert.True(report.ExitCode == 0, report.ToString());
        var markdown = ReadReport(report, reportFolder);
        AssertNamesDatasetAndSpecification(markdown, SweepPresets.Get("tiny").WithIterations(100).WithSeeds(2));
        Assert.Contains("6 trials: 6 finished.", markdown);
        Assert.Contains(FromRealDigits, markdown);
        Assert.Contains("data fingerprint", markdown);
        Assert.Equal(1, AssertLinkedFiguresExist(markdown, reportFolder, ".png"));
    }

    [Fact]
    public async Task Unknown_sweep_is_named()
    {
        var plot = await ItdProcess.RunAsync(silo.Args("sweep", "plot", "no-such-sweep"));

        Assert.True(plot.ExitCode == 1, plot.ToString());
        Assert.Contains("no sweep 'no-such-sweep'", plot.Error);
    }

    [Fact]
    public async Task Trials_file_without_trials_is_refused_by_name()
    {
        var json = _files.Write("empty.json", """{ "version": 1 }""");

        var report = await ItdProcess.RunAsync("sweep", "report", "--from", json, "--out", _files.PathOf("r"));

        Assert.True(report.ExitCode == 2, report.ToString());
        Assert.Contains("empty.json", report.Error);
        Assert.Contains("trials", report.Error);
        Assert.False(Directory.Exists(_files.PathOf("r")));
    }

    [Fact]
    public async Task Plot_and_report_need_one_source()
    {
        var json = _files.Write("t.json", "{}");
        var plot = await ItdProcess.RunAsync("sweep", "plot", "some-id", "--from", json);
        var report = await ItdProcess.RunAsync("sweep", "report", "some-id", "--from", json);

        Assert.True(plot.ExitCode == 2, plot.ToString());
        Assert.Contains("either a sweep ID or --from PATH", plot.Error);
        Assert.True(report.ExitCode == 2, report.ToString());
        Assert.Contains("either a sweep ID or --from PATH", report.Error);
    }

    private static List<string> PrintedPaths(ItdResult result) =>
        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    // Curves of similar rules may hide one another in the PNG, so the legend is checked in the SVG.
    private static void AssertLearningCurves(IReadOnlyList<string> paths, params string[] rules)
    {
        Assert.NotEmpty(paths);
        foreach (var png in paths.Where(path => path.EndsWith(".png", StringComparison.Ordinal)))
        {
            using var bitmap = AssertValidPng(png);
            Assert.Equal(LearningCurveFigure.Width, bitmap.Width);
            Assert.Equal(LearningCurveFigure.Height, bitmap.Height);
            Assert.True(PixelsOf(bitmap, RuleColours.Of(rules[0])) > 500, $"{png} shows too little of {rules[0]}");
        }

        foreach (var svg in paths.Where(path => path.EndsWith(".svg", StringComparison.Ordinal)))
        {
            AssertValidSvg(svg, ["Iteration", "Accuracy (%)", .. rules]);
        }
    }

    private static void AssertLearningRateFigure(IReadOnlyList<string> paths)
    {
        var png = Assert.Single(paths, path => Path.GetFileName(path) == "accuracy-vs-learning-rate-1.png");
        using var bitmap = AssertValidPng(png);
        Assert.Equal(LearningRateFigure.Width, bitmap.Width);
        AssertValidSvg(Path.ChangeExtension(png, ".svg"), "Learning rate (log scale)", "vbp", "itd");
    }

    private static SKBitmap AssertValidPng(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(PngSignature, bytes[..PngSignature.Length]);
        Assert.True(bytes.Length > 20_000, $"{path} has only {bytes.Length} bytes");
        return SKBitmap.Decode(bytes) ?? throw new Xunit.Sdk.XunitException($"{path} does not decode as an image");
    }

    private static void AssertValidSvg(string path, params string[] texts)
    {
        var svg = XDocument.Load(path);
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        var shown = svg.Descendants()
            .Where(element => element.Name.LocalName == "text")
            .Select(text => text.Value.Trim())
            .ToList();
        Assert.All(texts, text => Assert.Contains(text, shown));
    }

    private static int PixelsOf(SKBitmap bitmap, ScottPlot.Color colour)
    {
        var count = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (Math.Abs(pixel.Red - colour.R) + Math.Abs(pixel.Green - colour.G)
                    + Math.Abs(pixel.Blue - colour.B) < 30)
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static string ReadReport(ItdResult result, string folder)
    {
        var path = Path.Combine(folder, SweepReport.FileName);
        Assert.Equal(path, result.Output.Trim());
        return File.ReadAllText(path);
    }

    private static void AssertNamesDatasetAndSpecification(string markdown, SweepSpec spec)
    {
        Assert.Contains($"# Sweep report: {spec.Name}", markdown);
        Assert.Contains("## Dataset", markdown);
        Assert.Contains(Dataset, markdown);
        foreach (var property in typeof(SweepSpec).GetProperties())
        {
            Assert.Contains($"| {SpecificationTable.Words(property.Name)} |", markdown);
        }

        var rates = string.Join(", ", spec.LearningRates.Select(rate => SettingGroups.Format(rate)));
        Assert.Contains($"| learning rates | {rates} |", markdown);
        Assert.Contains($"| rules | {string.Join(", ", spec.Rules)} |", markdown);
        Assert.Contains($"| seeds | {string.Join(", ", spec.Seeds)} |", markdown);
        Assert.Contains($"| iterations | {spec.Iterations.Single()} |", markdown);
        Assert.Contains("## Statistics", markdown);
    }

    // Every figure the report links is a file beside it; returns how many there are.
    private static int AssertLinkedFiguresExist(string markdown, string folder, string extension)
    {
        var links = FigureLink().Matches(markdown)
            .Select(match => Uri.UnescapeDataString(match.Groups[1].Value))
            .Where(link => link.EndsWith(extension, StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link =>
            Assert.True(File.Exists(Path.Combine(folder, link)), $"{link} is linked but not written"));
        return links.Count;
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex FigureLink();
}
