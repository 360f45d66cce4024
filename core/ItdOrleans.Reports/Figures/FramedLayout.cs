using ScottPlot;

namespace ItdOrleans.Reports.Figures;

/// <summary>
/// Lays out a heading strip across the top, a grid of panels below it and a legend strip across the
/// bottom: subplot 0 is the heading, the last the legend, the rest the panels row by row.
/// </summary>
internal sealed class FramedLayout(int rows, int columns, float headingHeight, float legendHeight)
    : IMultiplotLayout
{
    public PixelRect[] GetSubplotRectangles(SubplotCollection subplots, PixelRect figure)
    {
        var gridTop = figure.Top + headingHeight;
        var gridBottom = figure.Bottom - legendHeight;
        var cellWidth = figure.Width / columns;
        var cellHeight = (gridBottom - gridTop) / rows;

        var rectangles = new PixelRect[subplots.Count];
        rectangles[0] = new PixelRect(figure.Left, figure.Right, gridTop, figure.Top);
        for (var panel = 0; panel < rows * columns; panel++)
        {
            var left = figure.Left + panel % columns * cellWidth;
            var top = gridTop + panel / columns * cellHeight;
            rectangles[1 + panel] = new PixelRect(left, left + cellWidth, top + cellHeight, top);
        }

        rectangles[^1] = new PixelRect(figure.Left, figure.Right, figure.Bottom, gridBottom);
        return rectangles;
    }
}
