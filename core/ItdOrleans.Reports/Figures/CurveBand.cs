using ItdOrleans.Core.Training;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Reports.Figures;

/// <summary>
/// One metric of a learning curve averaged over seeds: at each evaluated iteration, the mean and
/// the band of one standard deviation either side (the mean alone where only one seed reached it),
/// cut to the values the metric can take.
/// </summary>
public sealed record CurveBand(double[] Iterations, double[] Mean, double[] Low, double[] High)
{
    /// <summary>
    /// Averages one metric over the curves of several seeds, skipping non-finite values; the band
    /// stays within <paramref name="min"/> and <paramref name="max"/>.
    /// </summary>
    public static CurveBand Of(
        IEnumerable<IReadOnlyList<CurvePoint>> curves,
        Func<CurvePoint, double> metric,
        double min = double.NegativeInfinity,
        double max = double.PositiveInfinity)
    {
        var summaries = curves
            .SelectMany(curve => curve)
            .GroupBy(point => point.Iteration)
            .OrderBy(group => group.Key)
            .Select(group => (Iteration: group.Key,
                Summary: SampleSummary.Of(group.Select(metric).Where(double.IsFinite).ToList())))
            .Where(item => item.Summary.Count > 0)
            .ToList();

        return new CurveBand(
            summaries.Select(item => (double)item.Iteration).ToArray(),
            summaries.Select(item => item.Summary.Mean).ToArray(),
            summaries.Select(item => item.Summary.DeviationBand(min, max).Low).ToArray(),
            summaries.Select(item => item.Summary.DeviationBand(min, max).High).ToArray());
    }
}
