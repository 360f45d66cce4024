using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace ItdOrleans.Sweeps;

/// <summary>
/// Mean, sample standard deviation and two-sided 95% confidence interval of the mean
/// (Student's t with n - 1 degrees of freedom) of a small sample, such as one metric over seeds.
/// </summary>
public sealed record SampleSummary(int Count, double Mean, double StandardDeviation, double Low, double High)
{
    /// <summary>
    /// Whether there are two values or more, so that the deviation and interval say something; tables
    /// show neither for one value, whose deviation is 0 and interval the value itself.
    /// </summary>
    public bool HasSpread => Count > 1;

    /// <summary>
    /// The same summary with its interval cut to the values the quantity can take, such as 0 to 1
    /// for an accuracy: with few seeds, Student's t can reach past them.
    /// </summary>
    public SampleSummary Within(double min, double max) =>
        this with { Low = Math.Clamp(Low, min, max), High = Math.Clamp(High, min, max) };

    /// <summary>One standard deviation either side of the mean, cut to the values the quantity can take.</summary>
    public (double Low, double High) DeviationBand(double min, double max) =>
        (Math.Clamp(Mean - StandardDeviation, min, max), Math.Clamp(Mean + StandardDeviation, min, max));

    /// <summary>Summarises a sample; one value has no spread, so its interval is the value itself.</summary>
    public static SampleSummary Of(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            return new SampleSummary(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var mean = values.Mean();
        if (values.Count == 1)
        {
            return new SampleSummary(1, mean, 0, mean, mean);
        }

        var deviation = values.StandardDeviation();
        var halfWidth = StudentT.InvCDF(0, 1, values.Count - 1, 0.975) * deviation / Math.Sqrt(values.Count);
        return new SampleSummary(values.Count, mean, deviation, mean - halfWidth, mean + halfWidth);
    }
}
