using System.Xml.Linq;
using ItdOrleans.Reports;
using ItdOrleans.Reports.Figures;
using ScottPlot;
using SkiaSharp;

namespace ItdOrleans.Sweeps.Tests.Reports;

public sealed class FigureTests : IDisposable
{
    private readonly string _directory =
        Path.Combine(Path.GetTempPath(), "itd-figures-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Learning_curves_are_a_valid_png_showing_every_rule()
    {
        var setting = Settings(1e-2).Single();

        var figure = LearningCurveFigure.Save(setting, _directory, "curves");

        var bytes = File.ReadAllBytes(Path.Combine(_directory, figure.PngFile));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.Equal(LearningCurveFigure.Width, bitmap.Width);
        Assert.Equal(LearningCurveFigure.Height, bitmap.Height);
        foreach (var rule in SyntheticSweep.Plateaus.Keys)
        {
            Assert.True(PixelsNear(bitmap, RuleColours.Of(rule)) > 500, $"too little of {rule}'s colour is drawn");
        }
    }

    [Fact]
    public void Learning_curves_svg_parses_and_has_labelled_axes()
    {
        var figure = LearningCurveFigure.Save(Settings(1e-2).Single(), _directory, "curves");

        var svg = XDocument.Load(Path.Combine(_directory, figure.SvgFile));

        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.True(svg.Descendants().Count(element => element.Name.LocalName == "path") > 20);
        var texts = Texts(svg);
        Assert.Contains("Learning curves on MNIST", texts);
        Assert.Contains(texts, text => text.StartsWith("learning rate 0.01, minibatch 100, network 3 x 32 tanh, "
            + "iterations 5000, optimiser sgd", StringComparison.Ordinal));
        Assert.Contains("Lines: mean over 5 seeds per learning rule; bands: ±1 standard deviation over seeds.", texts);
        foreach (var split in new[] { "Training minibatch", "Validation", "Test" })
        {
            Assert.Contains($"{split}: loss", texts);
            Assert.Contains($"{split}: accuracy", texts);
        }

        Assert.Equal(6, texts.Count(text => text == "Iteration"));
        Assert.Equal(3, texts.Count(text => text == "Loss (cross-entropy)"));
        Assert.Equal(3, texts.Count(text => text == "Accuracy (%)"));
        Assert.All(SyntheticSweep.Plateaus.Keys, rule => Assert.Single(texts, text => text == rule));
        Assert.Single(svg.Descendants().Where(element => element.Name.LocalName == "text")
            .Select(text => text.Attribute("font-family")?.Value).Distinct());
    }

    [Fact]
    public void The_legend_of_learning_curves_has_a_strip_of_its_own_below_every_panel()
    {
        var figure = LearningCurveFigure.Create(Settings(1e-2).Single());

        AssertLegendClearOfPanels(figure);
    }

    [Fact]
    public void The_legend_of_accuracy_against_learning_rate_has_a_strip_of_its_own()
    {
        var family = LearningRateFigure.Families(Settings(1e-3, 1e-2, 1e-1)).Single();

        AssertLegendClearOfPanels(LearningRateFigure.Create(family, SettingGroups.AllTrials));
    }

    [Fact]
    public void Accuracy_against_learning_rate_is_drawn_for_a_learning_rate_sweep()
    {
        var families = LearningRateFigure.Families(Settings(1e-3, 1e-2, 1e-1));
        var figure = LearningRateFigure.Save(families.Single(), "all trials", _directory, "rates");

        using var bitmap = SKBitmap.Decode(Path.Combine(_directory, figure.PngFile));
        Assert.Equal(LearningRateFigure.Width, bitmap.Width);
        foreach (var rule in SyntheticSweep.Plateaus.Keys)
        {
            Assert.True(PixelsNear(bitmap, RuleColours.Of(rule)) > 200, $"too little of {rule}'s colour is drawn");
        }

        var svg = XDocument.Load(Path.Combine(_directory, figure.SvgFile));
        Assert.Contains(svg.Descendants(), element => element.Value.Contains("Learning rate"));
    }

    [Fact]
    public void A_single_learning_rate_makes_no_learning_rate_figure()
    {
        Assert.Empty(LearningRateFigure.Families(Settings(1e-2)));
    }

    [Fact]
    public void Accuracy_against_learning_rate_is_titled_by_dataset_and_family_and_explains_its_error_bars()
    {
        var family = LearningRateFigure.Families(Settings(1e-3, 1e-2, 1e-1)).Single();

        var figure = LearningRateFigure.Save(family, "minibatch 100", _directory, "rates");

        var texts = Texts(XDocument.Load(Path.Combine(_directory, figure.SvgFile)));
        Assert.Equal("Final test accuracy against learning rate, minibatch 100", figure.Title);
        Assert.Contains("Final test accuracy against learning rate on MNIST, minibatch 100", texts);
        Assert.Contains(texts, text => text.StartsWith("minibatch 100, network 3 x 32 tanh,",
            StringComparison.Ordinal));
        Assert.Contains("Points: mean over 5 seeds per learning rule; error bars: ±1 standard deviation over seeds; "
            + "diverged and failed trials are left out.", texts);
        Assert.Contains("Final test accuracy (%)", texts);
    }

    [Fact]
    public void A_heading_too_long_for_one_line_wraps_inside_the_figure()
    {
        var family = LearningRateFigure.Families(Settings(1e-3, 1e-2)).Single();
        var label = string.Join(", ", Enumerable.Repeat("minibatch 100", 12));

        var figure = LearningRateFigure.Create(family, label);
        figure.ToPng();

        var lines = figure.Heading.GetPlottables<ScottPlot.Plottables.Text>().ToList();
        Assert.True(lines.Count > 4, "the title and the reading line wrap");
        Assert.All(lines, line => Assert.InRange(line.LabelLastRenderPixelRect.Left, 0, LearningRateFigure.Width));
        Assert.All(lines, line => Assert.InRange(line.LabelLastRenderPixelRect.Right, 0, LearningRateFigure.Width));
        var heading = figure.Multiplot.LastRender.GetLastRenderRectangle(figure.Heading)!.Value;
        Assert.All(lines, line => Assert.True(line.LabelLastRenderPixelRect.Bottom <= heading.Bottom));
        Assert.True(heading.Bottom <= figure.Panels[0].RenderManager.LastRender.FigureRect.Top);
    }

    [Fact]
    public void Dense_learning_rates_are_all_ticked_and_only_labels_with_room_are_written()
    {
        double[] rates = [1e-3, 2e-3, 3e-3, 4e-3, 5e-3, 6e-3, 7e-3, 8e-3, 9e-3, 1e-2, 3];
        var ticks = new LearningRateTicks(rates);
        var style = new LabelStyle { FontSize = 12 };
        using var paint = Paint.NewDisposablePaint();
        var range = new CoordinateRange(Math.Log10(1e-3) - 0.2, Math.Log10(3) + 0.2);

        ticks.Regenerate(range, Edge.Bottom, new PixelLength(800), paint, style);

        Assert.Equal(rates.Select(Math.Log10), ticks.Ticks.Select(tick => tick.Position));
        var labelled = ticks.Ticks.Where(tick => tick.Label != "").ToList();
        Assert.Contains("0.001", labelled.Select(tick => tick.Label));
        Assert.Contains("0.01", labelled.Select(tick => tick.Label));
        Assert.Contains("3", labelled.Select(tick => tick.Label));
        Assert.InRange(labelled.Count, 3, rates.Length - 1);
        AssertLabelsApart(labelled, style, paint, position => (position - range.Min) / range.Span * 800);
    }

    [Fact]
    public void Learning_rates_with_room_are_all_labelled()
    {
        var ticks = new LearningRateTicks([1e-3, 1e-2, 1e-1]);
        using var paint = Paint.NewDisposablePaint();

        ticks.Regenerate(new CoordinateRange(-3.2, -0.8), Edge.Bottom, new PixelLength(600), paint, new LabelStyle());

        Assert.Equal(["0.001", "0.01", "0.1"], ticks.Ticks.Select(tick => tick.Label));
    }

    [Fact]
    public void A_drawn_figure_of_ten_dense_learning_rates_keeps_its_tick_labels_apart()
    {
        double[] rates = [1e-3, 2e-3, 3e-3, 4e-3, 5e-3, 6e-3, 7e-3, 8e-3, 9e-3, 1e-2, 3];
        var family = LearningRateFigure.Families(Settings(rates)).Single();
        var figure = LearningRateFigure.Create(family, SettingGroups.AllTrials);

        figure.ToPng();

        var plot = figure.Panels[0];
        var axis = plot.Axes.Bottom;
        var data = plot.RenderManager.LastRender.DataRect;
        var labelled = axis.TickGenerator.Ticks.Where(tick => tick.Label != "").ToList();
        Assert.Equal(rates.Length, axis.TickGenerator.Ticks.Length);
        Assert.True(labelled.Count >= 2, "the ends of the sweep are labelled");
        using var paint = Paint.NewDisposablePaint();
        AssertLabelsApart(labelled, axis.TickLabelStyle, paint,
            position => data.Left + (position - axis.Min) / (axis.Max - axis.Min) * data.Width);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private IReadOnlyList<SettingGroup> Settings(params double[] learningRates)
    {
        Directory.CreateDirectory(_directory);
        return SettingGroups.Of(SyntheticSweep.Records(SyntheticSweep.Spec(learningRates)));
    }

    private static List<string> Texts(XDocument svg) =>
        [.. svg.Descendants().Where(element => element.Name.LocalName == "text").Select(text => text.Value.Trim())];

    // The legend's strip lies below the heading and every panel, and the legend as drawn fits inside it.
    private static void AssertLegendClearOfPanels(FramedFigure figure)
    {
        figure.ToPng();

        var strip = figure.Multiplot.LastRender.GetLastRenderRectangle(figure.Legend)!.Value;
        var drawn = figure.Legend.Legend.LastRenderSize;
        Assert.InRange(drawn.Width, 1, strip.Width);
        Assert.InRange(drawn.Height, 1, strip.Height);
        foreach (var panel in figure.Panels.Append(figure.Heading))
        {
            var area = panel.RenderManager.LastRender.FigureRect;
            Assert.True(area.Bottom <= strip.Top, $"a panel to {area.Bottom} overlaps the legend from {strip.Top}");
        }
    }

    private static void AssertLabelsApart(
        IReadOnlyList<Tick> labelled, LabelStyle style, Paint paint, Func<double, double> pixel)
    {
        var spans = labelled
            .Select(tick => (tick.Label, Centre: pixel(tick.Position),
                Half: style.Measure(tick.Label, paint).Width / 2))
            .OrderBy(span => span.Centre)
            .ToList();
        for (var i = 1; i < spans.Count; i++)
        {
            Assert.True(spans[i - 1].Centre + spans[i - 1].Half < spans[i].Centre - spans[i].Half,
                $"the labels '{spans[i - 1].Label}' and '{spans[i].Label}' collide");
        }
    }

    private static int PixelsNear(SKBitmap bitmap, Color colour)
    {
        var count = 0;
        foreach (var pixel in bitmap.Pixels)
        {
            var distance = Math.Abs(pixel.Red - colour.R) + Math.Abs(pixel.Green - colour.G)
                + Math.Abs(pixel.Blue - colour.B);
            if (distance < 24)
            {
                count++;
            }
        }

        return count;
    }
}
