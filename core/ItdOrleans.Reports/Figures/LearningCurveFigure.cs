using ItdOrleans.Core.Training;
using ItdOrleans.Sweeps;
using ScottPlot;

namespace ItdOrleans.Reports.Figures;

/// <summary>
/// Learning curves of one hyperparameter setting in a 2x3 grid: loss (top) and accuracy (bottom)
/// against iteration on the training minibatch, validation and test splits; one colour per
/// learning rule, the mean over seeds as a line and one standard deviation as a band. A heading
/// names the dataset and the setting; the legend sits in its own strip under the grid.
/// </summary>
public static class LearningCurveFigure
{
    public const int Width = 1500;
    public const int Height = 1000;

    private static readonly (string Split, Func<CurvePoint, double> Loss, Func<CurvePoint, double> Accuracy)[]
        Panels =
    [
        ("Training minibatch", point => point.TrainLoss, point => Percent.Of(point.TrainAccuracy)),
        ("Validation", point => point.ValidationLoss, point => Percent.Of(point.ValidationAccuracy)),
        ("Test", point => point.TestLoss, point => Percent.Of(point.TestAccuracy)),
    ];

    /// <summary>Builds the figure of a setting.</summary>
    public static FramedFigure Create(SettingGroup setting)
    {
        var legend = setting.Rules.Select(rule => new LegendItem
        {
            LabelText = rule,
            LineColor = RuleColours.Of(rule),
            LineWidth = 3,
        }).ToList();
        var figure = new FramedFigure(
            2, Panels.Length, Width, Height,
            $"Learning curves on {FigureHeading.Dataset(setting.Setting)}",
            [FigureHeading.Setting(setting.Setting), Reading(setting)],
            legend);

        for (var column = 0; column < Panels.Length; column++)
        {
            var (split, loss, accuracy) = Panels[column];
            Draw(figure.Panels[column], setting, loss, (0, double.PositiveInfinity),
                $"{split}: loss", "Loss (cross-entropy)");
            Draw(figure.Panels[Panels.Length + column], setting, accuracy, (0, 100),
                $"{split}: accuracy", "Accuracy (%)");
        }

        return figure;
    }

    /// <summary>The figure of a setting, to be drawn under the given file name.</summary>
    public static SweepFigure Figure(SettingGroup setting, string baseName) =>
        new($"Learning curves, {setting.Label}", baseName, () => Create(setting));

    /// <summary>Writes the figure as PNG and SVG into a folder.</summary>
    public static ReportFigure Save(SettingGroup setting, string directory, string baseName) =>
        Figure(setting, baseName).Save(directory);

    /// <summary>The figure as an SVG document, for pages that redraw it as trials progress.</summary>
    public static string ToSvg(SettingGroup setting) => Create(setting).ToSvg();

    private static string Reading(SettingGroup setting)
    {
        var reading = $"Lines: mean over {FigureHeading.Seeds([setting])} per learning rule; "
            + "bands: ±1 standard deviation over seeds";
        var running = setting.TrialsByRule.SelectMany(pair => pair.Value)
            .Any(trial => trial.Status == TrialStatus.Running);
        return running ? reading + "; a running trial counts as far as it has trained." : reading + ".";
    }

    private static void Draw(
        Plot plot,
        SettingGroup setting,
        Func<CurvePoint, double> metric,
        (double Min, double Max) range,
        string title,
        string yLabel)
    {
        foreach (var (rule, trials) in setting.TrialsByRule)
        {
            var band = CurveBand.Of(trials.Select(trial => trial.Result!.Curve), metric, range.Min, range.Max);
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
        }

        plot.Title(title, 16);
        plot.XLabel("Iteration", 14);
        plot.YLabel(yLabel, 14);
    }
}
