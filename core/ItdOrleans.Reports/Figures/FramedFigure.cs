using ScottPlot;

namespace ItdOrleans.Reports.Figures;

/// <summary>
/// A figure in three strips: a heading (a title, then lines saying what is shown and how to read
/// it), a grid of panels, and one legend for all panels; the strips never overlap, so neither the
/// heading nor the legend can cover data.
/// </summary>
public sealed class FramedFigure
{
    private const float TitleSize = 22;
    private const float TitleHeight = 30;
    private const float LineSize = 15;
    private const float LineHeight = 24;
    private const float LegendHeight = 46;

    // Pixels kept clear of heading text at each side of the figure.
    private const float Margin = 16;

    private static readonly Color LineColour = Color.FromHex("#3e4c59");

    /// <summary>Builds the strips; the panels start empty and are drawn into by the caller.</summary>
    public FramedFigure(
        int rows, int columns, int width, int height, string title, IReadOnlyList<string> lines,
        IReadOnlyList<LegendItem> legend)
    {
        Width = width;
        Height = height;
        Multiplot = new Multiplot();
        Multiplot.AddPlots(rows * columns + 2);
        var heading = HeadingRows(title, lines, width - 2 * Margin);
        Multiplot.Layout = new FramedLayout(rows, columns, heading[^1].Top + LineHeight + 4, LegendHeight);

        var plots = Multiplot.GetPlots();
        foreach (var plot in plots)
        {
            FigureStyle.Apply(plot);
        }

        Heading = plots[0];
        Panels = plots[1..^1];
        Legend = plots[^1];
        DrawHeading(heading);
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

    private void DrawHeading(IEnumerable<HeadingRow> rows)
    {
        Blank(Heading);
        foreach (var row in rows)
        {
            var text = Heading.Add.Text(row.Text, 0.5, 1);
            text.LabelAlignment = Alignment.UpperCenter;
            text.LabelOffsetY = row.Top;
            text.LabelFontSize = row.Size;
            text.LabelFontName = FigureStyle.FontName ?? text.LabelFontName;
            text.LabelFontColor = row.Colour;
        }
    }

    // The title and the lines of the heading, each wrapped at spaces to fit the width, with their tops in pixels.
    private static List<HeadingRow> HeadingRows(string title, IReadOnlyList<string> lines, float width)
    {
        var rows = new List<HeadingRow>();
        var top = 10f;
        foreach (var part in Wrap(title, TitleSize, width))
        {
            rows.Add(new HeadingRow(part, top, TitleSize, Colors.Black));
            top += TitleHeight;
        }

        foreach (var part in lines.SelectMany(line => Wrap(line, LineSize, width)))
        {
            rows.Add(new HeadingRow(part, top, LineSize, LineColour));
            top += LineHeight;
        }

        return rows;
    }

    // Breaks after a clause ("; ") where it can, and between words inside a clause too wide by itself.
    private static List<string> Wrap(string text, float size, float width)
    {
        var style = new LabelStyle { FontSize = size, FontName = FigureStyle.FontName ?? LabelStyle.Default.FontName };
        using var paint = Paint.NewDisposablePaint();
        bool Fits(string line) => style.Measure(line, paint).Width <= width;

        var clauses = text.Split("; ");
        var pieces = clauses
            .Select((clause, i) => i < clauses.Length - 1 ? clause + ";" : clause)
            .SelectMany(clause => Fits(clause) ? [clause] : clause.Split(' '));
        var lines = new List<string>();
        foreach (var piece in pieces)
        {
            if (lines.Count > 0 && Fits($"{lines[^1]} {piece}"))
            {
                lines[^1] = $"{lines[^1]} {piece}";
            }
            else
            {
                lines.Add(piece);
            }
        }

        return lines;
    }

    private void DrawLegend(IReadOnlyList<LegendItem> items)
    {
        Blank(Legend);
        Legend.ShowLegend(items, Alignment.MiddleCenter);
        Legend.Legend.Orientation = Orientation.Horizontal;
        Legend.Legend.FontSize = 16;

        // Left to itself the legend picks a font for its text on every render, a serif face on some machines.
        Legend.Legend.SetBestFontOnEachRender = false;
        Legend.Legend.FontName = FigureStyle.FontName ?? Legend.Legend.FontName;
        Legend.Legend.OutlineColor = Colors.Transparent;
        Legend.Legend.ShadowColor = Colors.Transparent;
    }

    // A strip with no axes, grid or padding, whose coordinates run from 0 to 1 across and up.
    private static void Blank(Plot plot)
    {
        plot.Layout.Frameless();
        plot.Axes.Frameless();
        plot.HideGrid();
        plot.Axes.SetLimits(0, 1, 0, 1);
    }

    private sealed record HeadingRow(string Text, float Top, float Size, Color Colour);
}
