using ItdOrleans.Core.Training;
using ScottPlot;

namespace ItdOrleans.Reports.Figures;

/// <summary>
/// Learning curves of one hyperparameter setting in a 2x3 grid: loss (top) and accuracy (bottom)
/// against iteration on the training minibatch, validation and test splits; one colour per
/// learning rule, the mean over seeds as a line and one standard deviation as a band.
/// </summary>
public static class LearningCurveFigure
{
    public const int Width = 1500;
    public const int Height = 900;

    private static readonly (string Split, Func<CurvePoint, double> Loss, Func<CurvePoint, double> Accuracy)[]
        Panels =
    [
        ("Training minibatch", point => point.TrainLoss, point => Percent.Of(point.TrainAccuracy)),
        ("Validation", point => point.ValidationLoss, point => Percent.Of(point.ValidationAccuracy)),
        ("Test", point => point.TestLoss, point => Percent.Of(point.TestAccuracy)),
    ];

    /// <summary>Builds the grid of plots for a setting.</summary>
    public static Multiplot Create(SettingGroup setting)
    {
        var multiplot = new Multiplot();
        multiplot.AddPlots(2 * Panels.Length);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Grid(2, Panels.Length);

        for (var column = 0; column < Panels.Length; column++)
        {
            var (split, loss, accuracy) = Panels[column];
            Draw(multiplot.GetPlot(column), setting, loss, $"{split}: loss", "Loss (cross-entropy)");
            Draw(multiplot.GetPlot(Panels.Length + column), setting, accuracy,
                $"{split}: accuracy", "Accuracy (%)");
        }

        // One legend for the grid, where the curves have flattened out at the top.
        foreach (var plot in multiplot.GetPlots())
        {
            plot.HideLegend();
        }

        var legendPlot = multiplot.GetPlot(2 * Panels.Length - 1);
        legendPlot.ShowLegend(Alignment.LowerRight);
        legendPlot.Legend.FontSize = 16;
        return multiplot;
    }

    /// <summary>Writes the figure as PNG and SVG into a folder.</summary>
    public static ReportFigure Save(SettingGroup setting, string directory, string baseName)
    {
        var multiplot = Create(setting);
        var png = baseName + ".png";
        var svg = baseName + ".svg";
        multiplot.SavePng(Path.Combine(directory, png), Width, Height);
        SvgWriter.Save(multiplot, Path.Combine(directory, svg), Width, Height);
        return new ReportFigure($"Learning curves, {setting.Label}", png, svg);
    }

    /// <summary>The figure as an SVG document, for pages that redraw it as trials progress.</summary>
    public static string ToSvg(SettingGroup setting)
    {
        using var stream = new MemoryStream();
        SvgWriter.Write(Create(setting), stream, Width, Height);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Draw(
        Plot plot, SettingGroup setting, Func<CurvePoint, double> metric, string title, string yLabel)
    {
        foreach (var (rule, trials) in setting.TrialsByRule)
        {
            var band = CurveBand.Of(trials.Select(trial => trial.Result!.Curve), metric);
            if (band.Iterations.Length == 0)
            {
                continue;
            }

            var colour = RuleColours.Of(rule);
            var fill = plot.Add.FillY(band.Iterations, band.Low, band.High);
            fill.FillColor = colour.WithAlpha(0.2);
            fill.LineColor = Colors.Transparent;

            var line = plot.Add.ScatterLine(band.Iterations, band.Mean);
            line.Color = colour;
            line.LineWidth = 2;
            line.LegendText = rule;
        }

        FigureStyle.Apply(plot);
        plot.Title(title, 16);
        plot.XLabel("Iteration", 14);
        plot.YLabel(yLabel, 14);
    }
}
