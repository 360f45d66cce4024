using ItdOrleans.Sweeps;
using ScottPlot;

namespace ItdOrleans.Reports.Figures;

/// <summary>
/// Final test accuracy against learning rate (log axis), one line per learning rule: the mean
/// over seeds with error bars of one standard deviation. A heading names the dataset and what the
/// family of settings shares; the legend sits in its own strip under the plot.
/// </summary>
public static class LearningRateFigure
{
    public const int Width = 1000;
    public const int Height = 720;

    private const string Title = "Final test accuracy against learning rate";

    /// <summary>
    /// Groups settings that differ only in learning rate; only groups that swept at least two
    /// learning rates make a figure.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<SettingGroup>> Families(IReadOnlyList<SettingGroup> settings) =>
        settings
            .GroupBy(setting => setting.Setting with { LearningRate = 0 })
            .Select(family => (IReadOnlyList<SettingGroup>)family.OrderBy(s => s.Setting.LearningRate).ToList())
            .Where(family => family.Count >= 2)
            .ToList();

    /// <summary>
    /// Builds the figure of one family of settings; the label says what sets the family apart from
    /// the sweep's others, or is <see cref="SettingGroups.AllTrials"/>.
    /// </summary>
    public static FramedFigure Create(IReadOnlyList<SettingGroup> family, string label)
    {
        var shared = family[0].Setting;
        var rules = family.SelectMany(setting => setting.Rules).Distinct().ToList();
        var figure = new FramedFigure(
            1, 1, Width, Height,
            $"{Title} on {FigureHeading.Dataset(shared)}{Apart(label)}",
            [FigureHeading.Setting(shared, withLearningRate: false), Reading(family)],
            [.. rules.Select(Legend)]);

        var plot = figure.Panels[0];
        foreach (var rule in rules)
        {
            Draw(plot, family, rule);
        }

        plot.Axes.Bottom.TickGenerator = new LearningRateTicks([.. family.Select(s => s.Setting.LearningRate)]);
        plot.XLabel("Learning rate (log scale)", 14);
        plot.YLabel("Final test accuracy (%)", 14);
        return figure;
    }

    /// <summary>The figure of a family of settings, to be drawn under the given file name.</summary>
    public static SweepFigure Figure(IReadOnlyList<SettingGroup> family, string label, string baseName) =>
        new(TitleOf(label), baseName, () => Create(family, label));

    /// <summary>Writes the figure as PNG and SVG into a folder.</summary>
    public static ReportFigure Save(
        IReadOnlyList<SettingGroup> family, string label, string directory, string baseName) =>
        Figure(family, label, baseName).Save(directory);

    private static string TitleOf(string label) => Title + Apart(label);

    // What sets a family apart, after a comma; nothing when the sweep has one family.
    private static string Apart(string label) => label == SettingGroups.AllTrials ? "" : $", {label}";

    private static string Reading(IReadOnlyList<SettingGroup> family) =>
        $"Points: mean over {FigureHeading.Seeds(family)} per learning rule; error bars: ±1 standard deviation "
        + "over seeds; diverged and failed trials are left out.";

    private static LegendItem Legend(string rule) => new()
    {
        LabelText = rule,
        LineColor = RuleColours.Of(rule),
        LineWidth = 2,
        MarkerShape = MarkerShape.FilledCircle,
        MarkerSize = 8,
        MarkerFillColor = RuleColours.Of(rule),
        MarkerLineColor = RuleColours.Of(rule),
    };

    private static void Draw(Plot plot, IReadOnlyList<SettingGroup> family, string rule)
    {
        var points = family
            .Select(setting => (Rate: setting.Setting.LearningRate,
                Summary: SampleSummary.Of(setting.FinalTestAccuracies(rule))))
            .Where(point => point.Summary.Count > 0)
            .ToList();
        if (points.Count == 0)
        {
            return;
        }

        var xs = points.Select(point => Math.Log10(point.Rate)).ToArray();
        var means = points.Select(point => point.Summary.Mean).ToArray();
        var bands = points.Select(point => point.Summary.DeviationBand(0, 100)).ToArray();
        var colour = RuleColours.Of(rule);

        // One standard deviation either side, cut at 0 and 100%.
        var bars = plot.Add.ErrorBar(xs, means, [.. bands.Zip(means, (band, mean) => band.High - mean)]);
        bars.YErrorNegative = [.. bands.Zip(means, (band, mean) => mean - band.Low)];
        bars.Color = colour;
        bars.LineWidth = 2;

        var line = plot.Add.Scatter(xs, means);
        line.Color = colour;
        line.LineWidth = 2;
        line.MarkerSize = 8;
    }
}
