using System.Globalization;
using System.Text;
using ItdOrleans.Reports.Statistics;

namespace ItdOrleans.Reports;

/// <summary>The pairwise comparisons of learning rules as Markdown: sentences, then the numbers.</summary>
public static class StatisticsSection
{
    /// <summary>One subsection per hyperparameter setting.</summary>
    public static string Markdown(IReadOnlyList<RuleComparison> comparisons)
    {
        var text = new StringBuilder();
        text.AppendLine(
            "Final test accuracy (%) of each pair of learning rules within a hyperparameter setting, over the "
            + "seeds of finished trials. "
            + "Welch's t-test (two-sided, Welch–Satterthwaite degrees of freedom) decides the sentences at "
            + $"α = {RuleComparison.Alpha.ToString(CultureInfo.InvariantCulture)}; the Mann–Whitney U test is "
            + $"exact without ties and up to {MannWhitneyTest.ExactLimit} seeds per rule, otherwise the normal "
            + "approximation. With few seeds the rank test cannot reach small p-values (its exact two-sided p "
            + $"is at least {Smallest(2)} with 2 seeds per rule, {Smallest(3)} with 3 and {Smallest(5)} with 5), "
            + "and a sentence says so where Welch's test finds a difference that the rank test does not. "
            + "The effect size is Hedges' g (Cohen's d with the pooled standard deviation, corrected for "
            + "small samples).");
        text.AppendLine();

        if (comparisons.Count == 0)
        {
            text.AppendLine("No setting has two learning rules with ended trials to compare.");
            return text.ToString();
        }

        foreach (var setting in comparisons.GroupBy(comparison => comparison.Setting))
        {
            text.AppendLine($"### {setting.Key}");
            text.AppendLine();
            foreach (var comparison in setting)
            {
                text.AppendLine($"- {comparison.Sentence()}");
            }

            text.AppendLine();
            text.AppendLine("| rules | mean ± sd (%) | difference (points) | t | df | p (Welch) "
                + "| U | p (Mann–Whitney) | Hedges' g |");
            text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var comparison in setting)
            {
                text.AppendLine(Row(comparison));
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Row(RuleComparison c)
    {
        var welch = c.Welch;
        var rank = c.MannWhitney;
        var rankP = rank is null ? "–" : $"{PValue.Format(rank.PValue)}{(rank.IsExact ? " (exact)" : "")}";
        return $"| {c.LeadingRule} vs {c.TrailingRule} "
            + $"| {MeanSd(c.Leading)} vs {MeanSd(c.Trailing)} "
            + $"| {Number(c.DifferenceInPoints, "0.00")} "
            + $"| {(welch is null ? "–" : Number(welch.T, "0.00"))} "
            + $"| {(welch is null ? "–" : Number(welch.DegreesOfFreedom, "0.0"))} "
            + $"| {(welch is null ? "–" : PValue.Format(welch.PValue))} "
            + $"| {(rank is null ? "–" : Number(rank.U, "0.#"))} "
            + $"| {rankP} "
            + $"| {(double.IsNaN(c.HedgesG) ? "–" : Number(c.HedgesG, "0.00"))} |";
    }

    private static string MeanSd(ItdOrleans.Sweeps.SampleSummary summary) =>
        summary.Count < 2
            ? $"{Number(summary.Mean, "0.00")} (n = {summary.Count})"
            : $"{Number(summary.Mean, "0.00")} ± {Number(summary.StandardDeviation, "0.00")} (n = {summary.Count})";

    private static string Smallest(int seeds) => PValue.Format(MannWhitneyTest.SmallestExactPValue(seeds, seeds));

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
