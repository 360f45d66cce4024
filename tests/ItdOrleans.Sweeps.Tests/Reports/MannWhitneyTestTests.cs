using ItdOrleans.Reports.Statistics;

namespace ItdOrleans.Sweeps.Tests.Reports;

public sealed class MannWhitneyTestTests
{
    [Fact]
    public void Complete_separation_of_three_against_three_is_two_in_twenty()
    {
        // Counted by hand: of the C(6,3) = 20 orderings only one puts all three of the first
        // sample below the second, so P(U <= 0) = 1/20 and the two-sided p is 0.1.
        var test = MannWhitneyTest.Of([1.1, 2.2, 3.3], [4.4, 5.5, 6.6])!;

        Assert.True(test.IsExact);
        Assert.Equal(0, test.U);
        Assert.Equal(0.1, test.PValue, 1e-12);
    }

    [Fact]
    public void Exact_p_for_three_against_four_counts_the_lower_tail()
    {
        // U of the first sample: 1 beats none, 4 beats 2 and 3, 6 beats 2, 3 and 5, so U = 5.
        // The counts of U = 0..5 over the C(7,3) = 35 orderings are 1, 1, 2, 3, 4, 4: 15 in all,
        // so p = 2 * 15/35 = 0.857142..., as scipy's mannwhitneyu(method="exact") also gives.
        var test = MannWhitneyTest.Of([1, 4, 6], [2, 3, 5, 7])!;

        Assert.True(test.IsExact);
        Assert.Equal(5, test.U);
        Assert.Equal(30.0 / 35, test.PValue, 1e-12);
    }

    [Fact]
    public void Ties_use_the_normal_approximation_with_corrections()
    {
        // scipy 1.10.1: mannwhitneyu(x, y, method="asymptotic", use_continuity=True) -> U 4.5, p 0.11049202405566802.
        var test = MannWhitneyTest.Of([1, 2, 2, 3, 4], [2, 3, 5, 6, 6])!;

        Assert.False(test.IsExact);
        Assert.Equal(4.5, test.U);
        Assert.Equal(0.11049202405566802, test.PValue, 1e-9);
    }

    [Fact]
    public void Large_samples_use_the_normal_approximation()
    {
        // scipy 1.10.1: mannwhitneyu(1..25, 11.5..35.5, method="asymptotic") -> U 105, p 5.909644085596015e-05.
        var first = Enumerable.Range(1, 25).Select(value => (double)value).ToArray();
        var second = first.Select(value => value + 10.5).ToArray();

        var test = MannWhitneyTest.Of(first, second)!;

        Assert.False(test.IsExact);
        Assert.Equal(105, test.U);
        Assert.Equal(5.909644085596015e-05, test.PValue, 1e-12);
    }

    [Theory]
    [InlineData(2, 2, 1.0 / 3)]
    [InlineData(3, 3, 0.1)]
    [InlineData(3, 4, 2.0 / 35)]
    [InlineData(5, 5, 2.0 / 252)]
    [InlineData(1, 1, 1.0)]
    public void Smallest_exact_p_is_that_of_samples_that_do_not_overlap(int n1, int n2, double smallest)
    {
        var first = Enumerable.Range(0, n1).Select(value => (double)value).ToArray();
        var second = Enumerable.Range(100, n2).Select(value => (double)value).ToArray();

        Assert.Equal(smallest, MannWhitneyTest.SmallestExactPValue(n1, n2), 1e-12);
        Assert.Equal(smallest, MannWhitneyTest.Of(first, second)!.PValue, 1e-12);
    }

    [Fact]
    public void Empty_sample_has_no_test()
    {
        Assert.Null(MannWhitneyTest.Of([], [1.0, 2.0]));
    }
}
