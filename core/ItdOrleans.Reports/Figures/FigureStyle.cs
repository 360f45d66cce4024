using ScottPlot;

namespace ItdOrleans.Reports.Figures;

/// <summary>The look shared by every figure of a report.</summary>
internal static class FigureStyle
{
    private const string PreferredFont = "DejaVu Sans";

    // ScottPlot's own default on a plain Linux machine is a serif face; a sans face reads
    // better in small axis labels, and fonts-dejavu-core provides one wherever the tests run.
    private static readonly string? s_font =
        Fonts.GetTypeface(PreferredFont, false, false)?.FamilyName == PreferredFont ? PreferredFont : null;

    public static void Apply(Plot plot)
    {
        if (s_font is not null)
        {
            plot.Font.Set(s_font);
        }
    }
}
