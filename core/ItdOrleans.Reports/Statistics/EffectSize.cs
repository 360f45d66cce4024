using MathNet.Numerics;
using MathNet.Numerics.Statistics;

namespace ItdOrleans.Reports.Statistics;

/// <summary>Standardised differences between the means of two samples.</summary>
public static class EffectSize
{
    /// <summary>
    /// Hedges' g: Cohen's d (difference of means over the pooled standard deviation) times the
    /// exact small-sample bias correction, which matters with a handful of seeds. NaN when the
    /// pooled deviation is undefined or zero.
    /// </summary>
    public static double HedgesG(IReadOnlyCollection<double> first, IReadOnlyCollection<double> second)
    {
        var d = CohensD(first, second);
        var degrees = first.Count + second.Count - 2;
        return double.IsNaN(d) ? double.NaN : d * BiasCorrection(degrees);
    }

    /// <summary>Cohen's d with the pooled standard deviation; NaN when that is undefined or zero.</summary>
    public static double CohensD(IReadOnlyCollection<double> first, IReadOnlyCollection<double> second)
    {
        if (first.Count < 2 || second.Count < 2)
        {
            return double.NaN;
        }

        var degrees = first.Count + second.Count - 2;
        var pooledVariance = ((first.Count - 1) * first.Variance() + (second.Count - 1) * second.Variance())
            / degrees;
        return pooledVariance > 0 ? (first.Mean() - second.Mean()) / Math.Sqrt(pooledVariance) : double.NaN;
    }

    /// <summary>J(df) = Γ(df/2) / (sqrt(df/2) Γ((df-1)/2)), computed through log-gamma.</summary>
    private static double BiasCorrection(int degrees)
    {
        var half = degrees / 2.0;
        return Math.Exp(SpecialFunctions.GammaLn(half) - SpecialFunctions.GammaLn(half - 0.5)) / Math.Sqrt(half);
    }
}
