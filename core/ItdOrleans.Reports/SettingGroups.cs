using System.Globalization;
using ItdOrleans.Core.Data;
using ItdOrleans.Core.Training;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Reports;

/// <summary>Splits a sweep's trials into hyperparameter settings.</summary>
public static class SettingGroups
{
    private static readonly Dictionary<string, string> Names = new()
    {
        [nameof(TrainingSpec.LearningRate)] = "learning rate",
        [nameof(TrainingSpec.MinibatchSize)] = "minibatch",
        [nameof(TrainingSpec.Iterations)] = "iterations",
        [nameof(TrainingSpec.HiddenWidth)] = "width",
        [nameof(TrainingSpec.HiddenLayers)] = "hidden layers",
        [nameof(TrainingSpec.Optimiser)] = "optimiser",
        [nameof(TrainingSpec.Activation)] = "activation",
        [nameof(TrainingSpec.Initialisation)] = "initialisation",
        [nameof(TrainingSpec.EvaluationInterval)] = "evaluation interval",
        [nameof(TrainingSpec.EpochShuffling)] = "epoch shuffling",
        [nameof(TrainingSpec.Centring)] = "centring",
        [nameof(TrainingSpec.Dataset)] = "dataset",
        [nameof(TrainingSpec.Momentum)] = "momentum",
        [nameof(TrainingSpec.Beta2)] = "beta2",
    };

    /// <summary>The label of a setting when the sweep has only one.</summary>
    public const string AllTrials = "all trials";

    /// <summary>
    /// Groups the finished trials by setting, in the order the settings first appear; rules keep
    /// their order of first appearance too. Diverged, failed and unfinished trials are left out,
    /// as in the comparison table, so that both sections of a report count the same trials.
    /// </summary>
    public static IReadOnlyList<SettingGroup> Of(IEnumerable<TrialRecord> records) =>
        Group(records.Where(record => record.Status == TrialStatus.Finished));

    /// <summary>
    /// Groups the given trials that have a result by setting, whatever their status, in the order the
    /// settings first appear; a page that draws running trials chooses them itself.
    /// </summary>
    public static IReadOnlyList<SettingGroup> Group(IEnumerable<TrialRecord> records)
    {
        var ended = records.Where(record => record.Result is not null).ToList();
        var settings = ended.Select(record => SettingOf(record.Spec)).Distinct().ToList();

        return ended
            .GroupBy(record => SettingOf(record.Spec))
            .Select(setting => new SettingGroup(
                setting.Key,
                Label(setting.Key, settings),
                setting.GroupBy(record => record.Spec.Rule)
                    .Select(rule => KeyValuePair.Create(rule.Key, (IReadOnlyList<TrialRecord>)rule.ToList()))
                    .ToList()))
            .ToList();
    }

    /// <summary>The specification with the learning rule and the seed blanked out.</summary>
    public static TrainingSpec SettingOf(TrainingSpec spec) => spec with { Rule = "", Seed = 0 };

    /// <summary>A hyperparameter's name as a report writes it.</summary>
    public static string NameOf(string field) => Names.GetValueOrDefault(field, field);

    /// <summary>A hyperparameter's value as a report writes it.</summary>
    public static string Format(object? value) => value switch
    {
        double number => number.ToString("G4", CultureInfo.InvariantCulture),
        bool flag => flag ? "yes" : "no",
        Centring centring => SweepVocabulary.NameOf(centring),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };

    /// <summary>
    /// Names each setting by the hyperparameters that differ among the given settings,
    /// such as "learning rate 0.01, minibatch 100"; "all trials" when none differ.
    /// </summary>
    public static string Label(TrainingSpec setting, IReadOnlyCollection<TrainingSpec> among)
    {
        var varying = typeof(TrainingSpec).GetProperties()
            .Where(property => among.Select(property.GetValue).Distinct().Count() > 1)
            .ToList();
        return varying.Count == 0
            ? AllTrials
            : string.Join(", ", varying.Select(field => $"{NameOf(field.Name)} {Format(field.GetValue(setting))}"));
    }
}
