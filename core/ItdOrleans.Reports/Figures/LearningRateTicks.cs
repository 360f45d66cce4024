using System.Globalization;
using ScottPlot;

namespace ItdOrleans.Reports.Figures;

/// <summary>
/// Ticks of a learning-rate axis drawn as log10 of the rate: a tick at every learning rate swept,
/// labelled only where its label clears those already placed; powers of ten and the two ends of the
/// sweep are placed first, the rest from left to right.
/// </summary>
public sealed class LearningRateTicks(IReadOnlyList<double> rates) : ITickGenerator
{
    /// <summary>Pixels kept clear between two tick labels.</summary>
    public const float Gap = 10;

    public Tick[] Ticks { get; set; } = [];

    public int MaxTickCount { get; set; } = int.MaxValue;

    /// <summary>A learning rate as a tick label: "0.001", "0.02", "3".</summary>
    public static string Label(double rate) => rate.ToString("G3", CultureInfo.InvariantCulture);

    public void Regenerate(CoordinateRange range, Edge edge, PixelLength size, Paint paint, LabelStyle labelStyle)
    {
        var taken = new List<(float Left, float Right)>();
        var labelled = new HashSet<double>();
        foreach (var rate in PlacingOrder())
        {
            var centre = (float)((Math.Log10(rate) - range.Min) / range.Span * size.Length);
            var half = (labelStyle.Measure(Label(rate), paint).Width + Gap) / 2;
            if (taken.All(span => centre + half <= span.Left || centre - half >= span.Right))
            {
                taken.Add((centre - half, centre + half));
                labelled.Add(rate);
            }
        }

        Ticks = [.. rates.Select(rate => Tick.Major(Math.Log10(rate), labelled.Contains(rate) ? Label(rate) : ""))];
    }

    private IEnumerable<double> PlacingOrder()
    {
        var ordered = rates.Order().ToList();
        var decades = ordered.Where(rate => Math.Abs(Math.Log10(rate) - Math.Round(Math.Log10(rate))) < 1e-9);
        return decades.Concat([ordered[0], ordered[^1]]).Concat(ordered).Distinct();
    }
}
