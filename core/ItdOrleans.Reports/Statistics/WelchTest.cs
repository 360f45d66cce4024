using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace ItdOrleans.Reports.Statistics;

/// <summary>
/// Welch's two-sample t-test, which does not assume the two samples share a variance.
/// </summary>
/// <param name="T">The t statistic of the first sample's mean minus the second's.</param>
/// <param name="DegreesOfFreedom">The Welch–Satterthwaite degrees of freedom.</param>
/// <param name="PValue">Two-sided p-value from Student's t distribution.</param>
public sealed record WelchTest(double T, double DegreesOfFreedom, double PValue)
{
    /// <summary>
    /// Tests two samples; null when either has fewer than two values or both have no spread,
    /// since the statistic is then undefined.
    /// </summary>
    public static WelchTest? Of(IReadOnlyCollection<double> first, IReadOnlyCollection<double> second)
    {
        if (first.Count < 2 || second.Count < 2)
        {
            return null;
        }

        var firstShare = first.Variance() / first.Count;
        var secondShare = second.Variance() / second.Count;
        var squaredError = firstShare + secondShare;
        if (squaredError == 0)
        {
            return null;
        }

        var t = (first.Mean() - second.Mean()) / Math.Sqrt(squaredError);
        var degrees = squaredError * squaredError
            / (firstShare * firstShare / (first.Count - 1) + secondShare * secondShare / (second.Count - 1));

        // The lower tail keeps its precision for large |t|, where 1 - CDF would round to zero.
        var p = 2 * StudentT.CDF(0, 1, degrees, -Math.Abs(t));
        return new WelchTest(t, degrees, Math.Min(1, p));
    }
}
