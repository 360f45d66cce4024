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
        Assert.True(new FileInfo(Path.Combine(_directory, figure.SvgFile)).Length > 10_000);
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
