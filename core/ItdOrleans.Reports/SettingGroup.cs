using ItdOrleans.Core.Training;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Reports;

/// <summary>
/// The trials of one hyperparameter setting: every field of the specification fixed except the
/// learning rule and the seed, with its finished trials by learning rule.
/// </summary>
/// <param name="Setting">The shared specification, with an empty rule and seed zero.</param>
/// <param name="Label">The hyperparameters that tell this setting apart from the sweep's others.</param>
/// <param name="TrialsByRule">Finished trials per learning rule, in the sweep's order of rules.</param>
public sealed record SettingGroup(
    TrainingSpec Setting,
    string Label,
    IReadOnlyList<KeyValuePair<string, IReadOnlyList<TrialRecord>>> TrialsByRule)
{
    /// <summary>Final test accuracy of one rule's trials, in percent, one value per seed.</summary>
    public IReadOnlyList<double> FinalTestAccuracies(string rule) =>
        TrialsByRule.Where(pair => pair.Key == rule)
            .SelectMany(pair => pair.Value)
            .Select(trial => Percent.Of(trial.Result!.FinalTestAccuracy))
            .Where(double.IsFinite)
            .ToList();

    /// <summary>The learning rules present, in the sweep's order.</summary>
    public IEnumerable<string> Rules => TrialsByRule.Select(pair => pair.Key);
}
