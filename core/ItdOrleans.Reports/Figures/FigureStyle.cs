using ScottPlot;

namespace ItdOrleans.Reports.Figures;

/// <summary>The look shared by every figure of a report.</summary>
internal static class FigureStyle
{
    private const string PreferredFont = "DejaVu Sans";

    /// <summary>
    /// The font of every label, or null for ScottPlot's default where the preferred one is missing.
    /// ScottPlot's own default on a plain Linux machine is a serif face; a sans face reads better in
    /// small axis labels, and fonts-dejavu-core provides one wherever the tests run.
    /// </summary>
    public static readonly string? FontName =
        Fonts.GetTypeface(PreferredFont, false, false)?.FamilyName == PreferredFont ? PreferredFont : null;

    public static void Apply(Plot plot)
    {
        if (FontName is not null)
        {
            plot.Font.Set(FontName);
        }
    }
}
