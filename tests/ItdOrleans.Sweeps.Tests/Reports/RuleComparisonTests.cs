using ItdOrleans.Reports.Statistics;

namespace ItdOrleans.Sweeps.Tests.Reports;

public sealed class RuleComparisonTests
{
    [Fact]
    public void Significant_difference_names_the_better_rule_first()
    {
        var comparison = RuleComparison.Of(
            "all trials", "fba", ReferenceSamples.Weak, "vbp", ReferenceSamples.Strong);

        Assert.Equal("vbp", comparison.LeadingRule);
        Assert.Equal(3.62, comparison.DifferenceInPoints, 1e-9);
        Assert.True(comparison.IsSignificant);
        Assert.Equal("vbp beats fba by 3.6 points (p < 0.001, 5 seeds).", comparison.Sentence());
    }

    [Fact]
    public void Insignificant_difference_says_so_with_p_and_seed_counts()
    {
        var comparison = RuleComparison.Of("all trials", "fba", ReferenceSamples.Narrow, "itd", ReferenceSamples.Wide);

        Assert.False(comparison.IsSignificant);
        Assert.Equal(
            "No significant difference between itd and fba (p = 0.11, 4 and 6 seeds).", comparison.Sentence());
    }

    [Fact]
    public void Two_seeds_make_a_significant_welch_test_thin_evidence()
    {
        var comparison = RuleComparison.Of("all trials", "vbp", [91.0, 91.2], "itd", [83.0, 83.1]);

        Assert.True(comparison.IsSignificant);
        Assert.True(comparison.Welch!.DegreesOfFreedom < 2);
        Assert.Equal(1.0 / 3, comparison.MannWhitney!.PValue, 1e-12);
        Assert.Equal(
            $"vbp beats itd by 8.1 points ({PValue.Clause(comparison.Welch.PValue)}, 2 seeds), but the evidence "
                + "is thin: with 2 seeds per rule the rank test's p cannot go below 0.33.",
            comparison.Sentence());
    }

    [Fact]
    public void A_rank_test_that_could_agree_and_does_not_is_named()
    {
        // One seed of each rule out of order: U = 15 of 16, exact p = 2 * 2/70; Welch's t = 3.9 on 5.8 df.
        var comparison = RuleComparison.Of("all trials", "vbp", [10.0, 10.2, 10.4, 9.0], "fba", [9.1, 8.0, 8.1, 8.2]);

        Assert.True(comparison.IsSignificant);
        Assert.Equal(4.0 / 70, comparison.MannWhitney!.PValue, 1e-12);
        Assert.Equal(
            $"vbp beats fba by 1.6 points ({PValue.Clause(comparison.Welch!.PValue)}, 4 seeds), "
                + "but the rank test disagrees (Mann–Whitney p = 0.057).",
            comparison.Sentence());
    }

    [Fact]
    public void One_seed_reports_the_gap_and_asks_for_more_seeds()
    {
        var comparison = RuleComparison.Of("all trials", "vbp", [91.5], "itd", [83.25]);

        Assert.Null(comparison.Welch);
        Assert.Equal(8.25, comparison.DifferenceInPoints, 1e-9);
        Assert.Equal(
            "vbp scores 8.3 points above itd (1 seed); a significance test needs at least 2 seeds per rule.",
            comparison.Sentence());
    }

    [Fact]
    public void No_spread_in_either_rule_is_said_plainly()
    {
        var comparison = RuleComparison.Of("all trials", "vbp", [90.0, 90.0, 90.0], "fba", [88.0, 88.0, 88.0]);

        Assert.Null(comparison.Welch);
        Assert.True(double.IsNaN(comparison.HedgesG));
        Assert.Contains("with no spread over seeds", comparison.Sentence());
        Assert.Contains("3 seeds", comparison.Sentence());
    }

    [Fact]
    public void Every_pair_of_rules_is_compared_within_each_setting()
    {
        var spec = SyntheticSweep.Spec(1e-3, 1e-2);

        var comparisons = RuleComparisons.Of(SyntheticSweep.Records(spec));

        Assert.Equal(6, comparisons.Count);
        Assert.Equal(3, comparisons.Count(comparison => comparison.Setting == "learning rate 0.01"));
        Assert.All(comparisons, comparison => Assert.Equal(5, comparison.Leading.Count));

        // The synthetic plateaus are 4 to 8 points apart with well under a point of noise.
        var vbpOverItd = comparisons.Single(c => c.Setting == "learning rate 0.01" && c.TrailingRule == "itd"
            && c.LeadingRule == "vbp");
        Assert.InRange(vbpOverItd.DifferenceInPoints, 6, 10);
        Assert.True(vbpOverItd.IsSignificant);
    }
}
