using System.Globalization;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Reports.Statistics;

/// <summary>
/// Two learning rules compared on final test accuracy (in percent) within one hyperparameter
/// setting, over seeds. The leading rule is the one with the higher mean.
/// </summary>
/// <param name="Setting">Label of the hyperparameter setting.</param>
/// <param name="DifferenceInPoints">Leading mean minus trailing mean, in percentage points.</param>
/// <param name="HedgesG">
/// Hedges' g of leading over trailing; NaN when the pooled deviation is zero or undefined.
/// </param>
/// <param name="Welch">Null when a rule has fewer than two seeds or neither rule varies.</param>
/// <param name="MannWhitney">Null when a rule has no seeds.</param>
public sealed record RuleComparison(
    string Setting,
    string LeadingRule,
    string TrailingRule,
    SampleSummary Leading,
    SampleSummary Trailing,
    double DifferenceInPoints,
    double HedgesG,
    WelchTest? Welch,
    MannWhitneyTest? MannWhitney)
{
    /// <summary>Significance level of the sentences.</summary>
    public const double Alpha = 0.05;

    /// <summary>True when Welch's test rejects equal means at <see cref="Alpha"/>.</summary>
    public bool IsSignificant => Welch is { PValue: < Alpha };

    /// <summary>Compares two samples of final test accuracies in percent.</summary>
    public static RuleComparison Of(
        string setting, string firstRule, IReadOnlyList<double> first, string secondRule, IReadOnlyList<double> second)
    {
        var firstSummary = SampleSummary.Of(first);
        var secondSummary = SampleSummary.Of(second);
        if (secondSummary.Mean > firstSummary.Mean)
        {
            (firstRule, secondRule) = (secondRule, firstRule);
            (first, second) = (second, first);
            (firstSummary, secondSummary) = (secondSummary, firstSummary);
        }

        return new RuleComparison(
            setting,
            firstRule,
            secondRule,
            firstSummary,
            secondSummary,
            firstSummary.Mean - secondSummary.Mean,
            EffectSize.HedgesG(first, second),
            WelchTest.Of(first, second),
            MannWhitneyTest.Of(first, second));
    }

    /// <summary>The comparison in one plain sentence.</summary>
    public string Sentence()
    {
        var points = Points(DifferenceInPoints);
        var seeds = Seeds();
        if (Leading.Count < 2 || Trailing.Count < 2)
        {
            var gap = DifferenceInPoints == 0
                ? $"{LeadingRule} and {TrailingRule} score the same"
                : $"{LeadingRule} scores {points} above {TrailingRule}";
            return $"{gap} ({seeds}); a significance test needs at least 2 seeds per rule.";
        }

        if (Welch is null)
        {
            return DifferenceInPoints == 0
                ? $"{LeadingRule} and {TrailingRule} score the same on every seed ({seeds})."
                : $"{LeadingRule} beats {TrailingRule} by {points} with no spread over seeds in either rule "
                    + $"({seeds}); the t-test needs some spread.";
        }

        var p = PValue.Clause(Welch.PValue);
        return IsSignificant
            ? $"{LeadingRule} beats {TrailingRule} by {points} ({p}, {seeds}){RankTestCaveat()}."
            : $"No significant difference between {LeadingRule} and {TrailingRule} ({p}, {seeds}).";
    }

    /// <summary>
    /// What a reader must know when Welch's test is significant and the rank test is not: with very
    /// few seeds the rank test cannot be, and otherwise it disagrees.
    /// </summary>
    private string RankTestCaveat()
    {
        if (MannWhitney is not { PValue: >= Alpha } rank)
        {
            return "";
        }

        var smallest = MannWhitneyTest.SmallestExactPValue(Leading.Count, Trailing.Count);
        if (rank.IsExact && smallest >= Alpha)
        {
            var perRule = Leading.Count == Trailing.Count ? $"{Leading.Count} seeds per rule" : Seeds();
            return $", but the evidence is thin: with {perRule} the rank test's p cannot go below "
                + PValue.Format(smallest);
        }

        return $", but the rank test disagrees (Mann–Whitney {PValue.Clause(rank.PValue)})";
    }

    private static string Points(double difference) =>
        $"{difference.ToString("0.0", CultureInfo.InvariantCulture)} points";

    private string Seeds() => Leading.Count == Trailing.Count
        ? $"{Leading.Count} {(Leading.Count == 1 ? "seed" : "seeds")}"
        : $"{Leading.Count} and {Trailing.Count} seeds";
}
