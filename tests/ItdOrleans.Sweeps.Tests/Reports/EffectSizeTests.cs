using ItdOrleans.Reports.Statistics;

namespace ItdOrleans.Sweeps.Tests.Reports;

public sealed class EffectSizeTests
{
    // Reference values from numpy: d = (mean_a - mean_b) / pooled sd, and the exact correction
    // J = exp(gammaln(df/2) - gammaln((df-1)/2)) / sqrt(df/2) from scipy.special, df = 8.
    [Fact]
    public void Cohens_d_and_Hedges_g_match_references()
    {
        var first = ReferenceSamples.Strong;
        var second = ReferenceSamples.Weak;

        Assert.Equal(6.491250604093506, EffectSize.CohensD(first, second), 1e-9);
        Assert.Equal(5.859673560044218, EffectSize.HedgesG(first, second), 1e-9);
    }

    [Fact]
    public void Pooled_deviation_weights_unequal_sizes()
    {
        var first = ReferenceSamples.Narrow;
        var second = ReferenceSamples.Wide;

        Assert.Equal(-1.4985372985307104, EffectSize.CohensD(first, second), 1e-9);
        Assert.Equal(-1.3527346150221138, EffectSize.HedgesG(first, second), 1e-9);
    }

    [Fact]
    public void Is_NaN_without_spread_or_with_one_seed()
    {
        Assert.True(double.IsNaN(EffectSize.HedgesG([2.0, 2.0], [1.0, 1.0])));
        Assert.True(double.IsNaN(EffectSize.CohensD([2.0], [1.0, 3.0])));
    }
}
