namespace ItdOrleans.Reports.Figures;

/// <summary>
/// One figure of a sweep before it is drawn: its title in a report, the name of its files without
/// extension, and how to draw it; a report on disk and one served by a page draw the same figures.
/// </summary>
public sealed record SweepFigure(string Title, string BaseName, Func<FramedFigure> Draw)
{
    public string PngFile => BaseName + ".png";

    public string SvgFile => BaseName + ".svg";

    /// <summary>Draws the figure into a folder as PNG and SVG.</summary>
    public ReportFigure Save(string directory)
    {
        var figure = Draw();
        figure.SavePng(Path.Combine(directory, PngFile));
        figure.SaveSvg(Path.Combine(directory, SvgFile));
        return Linked();
    }

    /// <summary>The figure as a report links it, by its file names.</summary>
    public ReportFigure Linked() => new(Title, PngFile, SvgFile);
}
