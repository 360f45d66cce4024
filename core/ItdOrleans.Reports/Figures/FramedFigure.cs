using ScottPlot;

namespace ItdOrleans.Reports.Figures;

/// <summary>
/// A figure in three strips: a heading (a title, then lines saying what is shown and how to read
/// it), a grid of panels, and one legend for all panels; the strips never overlap, so neither the
/// heading nor the legend can cover data.
/// </summary>
public sealed class FramedFigure
{
    private const float LineHeight = 24;
    private const float TitleHeight = 30;
    private const float LegendHeight = 46;

    /// <summary>Builds the strips; the panels start empty and are drawn into by the caller.</summary>
    public FramedFigure(
        int rows, int columns, int width, int height, string title, IReadOnlyList<string> lines,
        IReadOnlyList<LegendItem> legend)
    {
        Width = width;
        Height = height;
        Multiplot = new Multiplot();
        Multiplot.AddPlots(rows * columns + 2);
        var headingHeight = 12 + TitleHeight + lines.Count * LineHeight;
        Multiplot.Layout = new FramedLayout(rows, columns, headingHeight, LegendHeight);

        var plots = Multiplot.GetPlots();
        foreach (var plot in plots)
        {
            FigureStyle.Apply(plot);
        }

        Heading = plots[0];
        Panels = plots[1..^1];
        Legend = plots[^1];
        DrawHeading(title, lines);
        DrawLegend(legend);
    }

    public int Width { get; }

    public int Height { get; }

    public Multiplot Multiplot { get; }

    /// <summary>The strip across the top with the title and the lines under it.</summary>
    public Plot Heading { get; }

    /// <summary>The panels, row by row.</summary>
    public IReadOnlyList<Plot> Panels { get; }

    /// <summary>The strip across the bottom that holds the legend.</summary>
    public Plot Legend { get; }

    /// <summary>Writes the figure as a PNG file.</summary>
    public void SavePng(string path) => Multiplot.SavePng(path, Width, Height);

    /// <summary>Writes the figure as an SVG file.</summary>
    public void SaveSvg(string path) => SvgWriter.Save(Multiplot, path, Width, Height);

    /// <summary>The figure as an SVG document.</summary>
    public string ToSvg()
    {
        using var stream = new MemoryStream();
        SvgWriter.Write(Multiplot, stream, Width, Height);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The figure as PNG bytes.</summary>
    public byte[] ToPng() => Multiplot.Render(Width, Height).GetImageBytes(ImageFormat.Png);

    private void DrawHeading(string title, IReadOnlyList<string> lines)
    {
        Blank(Heading);
        AddLine(Heading, title, 10, 22, Colors.Black);
        for (var i = 0; i < lines.Count; i++)
        {
            AddLine(Heading, lines[i], 12 + TitleHeight + i * LineHeight, 15, Color.FromHex("#3e4c59"));
        }
    }

    private void DrawLegend(IReadOnlyList<LegendItem> items)
    {
        Blank(Legend);
        Legend.ShowLegend(items, Alignment.MiddleCenter);
        Legend.Legend.Orientation = Orientation.Horizontal;
        Legend.Legend.FontSize = 16;
        Legend.Legend.OutlineColor = Colors.Transparent;
        Legend.Legend.ShadowColor = Colors.Transparent;
    }

    // A line of text centred across the strip, its top the given number of pixels below the strip's top.
    private static void AddLine(Plot plot, string text, float top, float size, Color colour)
    {
        var line = plot.Add.Text(text, 0.5, 1);
        line.LabelAlignment = Alignment.UpperCenter;
        line.LabelOffsetY = top;
        line.LabelFontSize = size;
        line.LabelFontName = FigureStyle.FontName ?? line.LabelFontName;
        line.LabelFontColor = colour;
    }

    // A strip with no axes, grid or padding, whose coordinates run from 0 to 1 across and up.
    private static void Blank(Plot plot)
    {
        plot.Layout.Frameless();
        plot.Axes.Frameless();
        plot.HideGrid();
        plot.Axes.SetLimits(0, 1, 0, 1);
    }
}
