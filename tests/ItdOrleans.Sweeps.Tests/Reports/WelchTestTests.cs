using ItdOrleans.Reports.Statistics;

namespace ItdOrleans.Sweeps.Tests.Reports;

public sealed class WelchTestTests
{
    // Reference values from scipy 1.10.1: stats.ttest_ind(first, second, equal_var=False),
    // and the Welch–Satterthwaite df computed from numpy's sample variances.
    [Fact]
    public void Matches_scipy_for_equal_sizes()
    {
        var first = ReferenceSamples.Strong;
        var second = ReferenceSamples.Weak;

        var test = WelchTest.Of(first, second)!;

        Assert.Equal(10.263568385939694, test.T, 1e-9);
        Assert.Equal(7.894222430802837, test.DegreesOfFreedom, 1e-9);
        Assert.Equal(7.700303832330903e-06, test.PValue, 1e-12);
    }

    [Fact]
    public void Matches_scipy_for_unequal_sizes_and_variances()
    {
        var first = ReferenceSamples.Narrow;
        var second = ReferenceSamples.Wide;

        var test = WelchTest.Of(first, second)!;

        Assert.Equal(-2.032002032003048, test.T, 1e-9);
        Assert.Equal(4.0806152297675595, test.DegreesOfFreedom, 1e-9);
        Assert.Equal(0.11057059767834933, test.PValue, 1e-9);
    }

    [Fact]
    public void Equal_means_give_p_of_one()
    {
        var test = WelchTest.Of([90, 91, 92], [89.5, 90.5, 91.5, 92.5])!;

        Assert.Equal(0, test.T, 1e-12);
        Assert.Equal(1, test.PValue, 1e-12);
    }

    [Fact]
    public void Is_undefined_with_one_seed_or_without_spread()
    {
        Assert.Null(WelchTest.Of([91.0], [87.0, 88.0]));
        Assert.Null(WelchTest.Of([91.0, 91.0], [87.0, 87.0]));
    }
}
