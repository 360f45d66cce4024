using ItdOrleans.Core.Training;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Reports.Figures;

/// <summary>The words of figure headings: the dataset, the setting shown and how many seeds make a line.</summary>
public static class FigureHeading
{
    /// <summary>The dataset's name as a report writes it, such as "MNIST".</summary>
    public static string Dataset(TrainingSpec setting) => DatasetDescription.Of(setting.Dataset).Name;

    /// <summary>
    /// The hyperparameters of a setting, as the comparison table names them: "learning rate 0.001,
    /// minibatch 50, network 3 x 32 tanh, iterations 100000, optimiser sgd, …"; the learning rate left
    /// out for figures that sweep over it.
    /// </summary>
    public static string Setting(TrainingSpec setting, bool withLearningRate = true)
    {
        var words = new List<string>();
        if (withLearningRate)
        {
            words.Add($"learning rate {SettingGroups.Format(setting.LearningRate)}");
        }

        words.Add($"minibatch {setting.MinibatchSize}");
        words.Add($"network {setting.HiddenLayers} x {setting.HiddenWidth} {setting.Activation}");
        words.Add($"iterations {setting.Iterations}");
        words.Add($"optimiser {setting.Optimiser}");
        words.Add($"initialisation {setting.Initialisation}");
        words.Add($"centring {SweepVocabulary.NameOf(setting.Centring)}");
        if (setting.EpochShuffling)
        {
            words.Add("epoch shuffling on");
        }

        return string.Join(", ", words);
    }

    /// <summary>
    /// "2 seeds" when every rule has as many, "2 to 5 seeds" otherwise; the counts are of trials
    /// per rule in each setting.
    /// </summary>
    public static string Seeds(IEnumerable<SettingGroup> settings)
    {
        var counts = settings.SelectMany(setting => setting.TrialsByRule).Select(pair => pair.Value.Count).ToList();
        var (fewest, most) = (counts.DefaultIfEmpty(0).Min(), counts.DefaultIfEmpty(0).Max());
        var range = fewest == most ? $"{most}" : $"{fewest} to {most}";
        return $"{range} {(most == 1 ? "seed" : "seeds")}";
    }
}
