using System.Globalization;
using ItdOrleans.Sweeps;
using ScottPlot;

namespace ItdOrleans.Reports.Figures;

/// <summary>
/// Final test accuracy against learning rate (log axis), one line per learning rule: the mean
/// over seeds with error bars of one standard deviation.
/// </summary>
public static class LearningRateFigure
{
    public const int Width = 900;
    public const int Height = 600;

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

    /// <summary>Builds the plot for one family of settings.</summary>
    public static Plot Create(IReadOnlyList<SettingGroup> family)
    {
        var plot = new Plot();
        var rates = family.Select(setting => setting.Setting.LearningRate).ToArray();
        var rules = family.SelectMany(setting => setting.Rules).Distinct().ToList();

        foreach (var rule in rules)
        {
            var points = family
                .Select(setting => (Rate: setting.Setting.LearningRate,
                    Summary: SampleSummary.Of(setting.FinalTestAccuracies(rule))))
                .Where(point => point.Summary.Count > 0)
                .ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var xs = points.Select(point => Math.Log10(point.Rate)).ToArray();
            var means = points.Select(point => point.Summary.Mean).ToArray();
            var spreads = points.Select(point => point.Summary.StandardDeviation).ToArray();
            var colour = RuleColours.Of(rule);

            var bars = plot.Add.ErrorBar(xs, means, spreads);
            bars.Color = colour;
            bars.LineWidth = 2;

            var line = plot.Add.Scatter(xs, means);
            line.Color = colour;
            line.LineWidth = 2;
            line.MarkerSize = 8;
            line.LegendText = rule;
        }

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        foreach (var rate in rates)
        {
            ticks.AddMajor(Math.Log10(rate), rate.ToString("G3", CultureInfo.InvariantCulture));
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Title("Final test accuracy against learning rate", 16);
        plot.XLabel("Learning rate (log scale)", 14);
        plot.YLabel("Final test accuracy (%)", 14);
        FigureStyle.Apply(plot);
        plot.ShowLegend(Edge.Right);
        plot.Legend.FontSize = 14;
        return plot;
    }

    /// <summary>Writes the figure as PNG and SVG into a folder.</summary>
    public static ReportFigure Save(IReadOnlyList<SettingGroup> family, string label, string directory, string baseName)
    {
        var plot = Create(family);
        var png = baseName + ".png";
        var svg = baseName + ".svg";
        plot.SavePng(Path.Combine(directory, png), Width, Height);
        plot.SaveSvg(Path.Combine(directory, svg), Width, Height);
        var title = "Final test accuracy against learning rate";
        return new ReportFigure(label == SettingGroups.AllTrials ? title : $"{title}, {label}", png, svg);
    }
}
