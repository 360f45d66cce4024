using MathNet.Numerics.Distributions;

namespace ItdOrleans.Reports.Statistics;

/// <summary>
/// The Mann–Whitney U rank test of two independent samples: exact for small samples without
/// ties, otherwise the normal approximation with tie and continuity corrections.
/// </summary>
/// <param name="U">U of the first sample: how many (first, second) pairs the first wins, ties half.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="IsExact">True when the p-value comes from the exact distribution of U.</param>
public sealed record MannWhitneyTest(double U, double PValue, bool IsExact)
{
    /// <summary>Largest sample size for which the exact distribution is counted.</summary>
    public const int ExactLimit = 20;

    /// <summary>Tests two samples; null when either is empty.</summary>
    public static MannWhitneyTest? Of(IReadOnlyCollection<double> first, IReadOnlyCollection<double> second)
    {
        if (first.Count == 0 || second.Count == 0)
        {
            return null;
        }

        var (firstRankSum, tieGroups) = RankSum(first, second);
        var n1 = first.Count;
        var n2 = second.Count;
        var u = firstRankSum - n1 * (n1 + 1) / 2.0;
        var hasTies = tieGroups.Any(size => size > 1);

        if (!hasTies && n1 <= ExactLimit && n2 <= ExactLimit)
        {
            return new MannWhitneyTest(u, ExactPValue(u, n1, n2), true);
        }

        return new MannWhitneyTest(u, NormalPValue(u, n1, n2, tieGroups), false);
    }

    /// <summary>
    /// The smallest two-sided p the exact test can give for samples of these sizes, when they do not
    /// overlap at all: 2 / C(n1 + n2, n1), such as 0.33 for two seeds against two.
    /// </summary>
    public static double SmallestExactPValue(int n1, int n2)
    {
        var arrangements = 1.0;
        for (var k = 1; k <= n1; k++)
        {
            arrangements = arrangements * (n2 + k) / k;
        }

        return Math.Min(1, 2 / arrangements);
    }

    /// <summary>The first sample's sum of mid-ranks in the pooled sample, and the sizes of the tie groups.</summary>
    private static (double RankSum, List<int> TieGroups) RankSum(
        IReadOnlyCollection<double> first, IReadOnlyCollection<double> second)
    {
        var pooled = first.Select(value => (Value: value, IsFirst: true))
            .Concat(second.Select(value => (Value: value, IsFirst: false)))
            .OrderBy(item => item.Value)
            .ToList();

        var rankSum = 0.0;
        var tieGroups = new List<int>();
        for (var start = 0; start < pooled.Count;)
        {
            var end = start;
            while (end + 1 < pooled.Count && pooled[end + 1].Value == pooled[start].Value)
            {
                end++;
            }

            var midRank = (start + end) / 2.0 + 1;
            rankSum += midRank * pooled.Skip(start).Take(end - start + 1).Count(item => item.IsFirst);
            tieGroups.Add(end - start + 1);
            start = end + 1;
        }

        return (rankSum, tieGroups);
    }

    /// <summary>Twice the smaller tail of U's exact distribution, counted over all rank arrangements.</summary>
    private static double ExactPValue(double u, int n1, int n2)
    {
        var counts = ArrangementCounts(n1, n2);
        var total = counts.Sum();
        var smaller = (int)Math.Min(u, n1 * n2 - u);
        var tail = counts.Take(smaller + 1).Sum();
        return Math.Min(1, 2 * tail / total);
    }

    /// <summary>
    /// counts[u] = number of ways to interleave n1 and n2 distinct values so that U = u,
    /// built from the recurrence on whether the largest value belongs to the first sample.
    /// </summary>
    private static double[] ArrangementCounts(int n1, int n2)
    {
        var maxU = n1 * n2;
        var table = new double[n1 + 1, n2 + 1][];
        for (var i = 0; i <= n1; i++)
        {
            for (var j = 0; j <= n2; j++)
            {
                var counts = new double[maxU + 1];
                if (i == 0 || j == 0)
                {
                    counts[0] = 1;
                }
                else
                {
                    var firstLargest = table[i - 1, j];
                    var secondLargest = table[i, j - 1];
                    for (var value = 0; value <= i * j; value++)
                    {
                        // The largest value, when in the first sample, beats all j values of the second.
                        counts[value] = (value >= j ? firstLargest[value - j] : 0) + secondLargest[value];
                    }
                }

                table[i, j] = counts;
            }
        }

        return table[n1, n2];
    }

    private static double NormalPValue(double u, int n1, int n2, List<int> tieGroups)
    {
        var n = n1 + n2;
        var tieTerm = tieGroups.Sum(size => (double)size * size * size - size);
        var variance = n1 * n2 / 12.0 * (n + 1 - tieTerm / (n * (n - 1.0)));
        if (variance <= 0)
        {
            return 1;
        }

        var distance = Math.Max(0, Math.Abs(u - n1 * n2 / 2.0) - 0.5);
        var z = distance / Math.Sqrt(variance);
        return Math.Min(1, 2 * Normal.CDF(0, 1, -z));
    }
}
