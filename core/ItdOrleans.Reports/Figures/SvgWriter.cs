using ScottPlot;
using SkiaSharp;

namespace ItdOrleans.Reports.Figures;

/// <summary>Renders a grid of plots onto an SVG canvas, which the grid cannot save by itself.</summary>
internal static class SvgWriter
{
    public static void Save(Multiplot multiplot, string path, int width, int height)
    {
        using var stream = File.Create(path);
        Write(multiplot, stream, width, height);
    }

    public static void Write(Multiplot multiplot, Stream stream, int width, int height)
    {
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
        {
            multiplot.Render(canvas, new PixelRect(0, width, height, 0));
        }
    }
}
