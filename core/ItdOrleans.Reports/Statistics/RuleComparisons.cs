using ItdOrleans.Sweeps;

namespace ItdOrleans.Reports.Statistics;

/// <summary>Every pair of learning rules compared within each hyperparameter setting of a sweep.</summary>
public static class RuleComparisons
{
    /// <summary>The comparisons of a sweep's ended trials, setting by setting.</summary>
    public static IReadOnlyList<RuleComparison> Of(IEnumerable<TrialRecord> records) =>
        Of(SettingGroups.Of(records));

    /// <summary>The comparisons within already grouped settings.</summary>
    public static IReadOnlyList<RuleComparison> Of(IReadOnlyList<SettingGroup> settings)
    {
        var comparisons = new List<RuleComparison>();
        foreach (var setting in settings)
        {
            var rules = setting.Rules.Where(rule => setting.FinalTestAccuracies(rule).Count > 0).ToList();
            for (var i = 0; i < rules.Count; i++)
            {
                for (var j = i + 1; j < rules.Count; j++)
                {
                    comparisons.Add(RuleComparison.Of(
                        setting.Label,
                        rules[i],
                        setting.FinalTestAccuracies(rules[i]),
                        rules[j],
                        setting.FinalTestAccuracies(rules[j])));
                }
            }
        }

        return comparisons;
    }
}
