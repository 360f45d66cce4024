using ItdOrleans.Core.Training;

namespace ItdOrleans.Sweeps;

/// <summary>
/// The results of a sweep, one row per configuration (a trial's specification without its seed),
/// ranked by mean final test accuracy, best first.
/// </summary>
/// <param name="Dataset">The dataset the trials trained on; several are joined with commas.</param>
/// <param name="Footnotes">What a reader must know to read the numbers right.</param>
public sealed record ComparisonTable(
    string Dataset,
    IReadOnlyList<ComparisonRow> Rows,
    IReadOnlyList<string> Footnotes)
{
    /// <summary>The footnotes every table carries.</summary>
    public static IReadOnlyList<string> StandardFootnotes { get; } =
    [
        "Accuracy and loss are taken over finished trials only: diverged trials are counted under "
            + "'diverged' and left out of the means, as are failed and unfinished trials.",
        "The 95% confidence interval is Student's t over the seeds of a configuration, cut at 0 and 100%.",
    ];

    /// <summary>The footnote of tables with trials on MNIST, the only dataset with published figures.</summary>
    public const string PublishedFootnote =
        "Published: the paper author's single run on MNIST, shown where rule, iterations, learning rate, "
            + "minibatch size and network match exactly; the author centred each split by its own mean.";

    /// <summary>Groups trials by configuration and summarises each group.</summary>
    public static ComparisonTable From(IEnumerable<TrialRecord> trials)
    {
        var list = trials.ToList();
        var datasets = list.Select(trial => trial.Spec.Dataset).Distinct().ToList();
        var rows = list
            .GroupBy(trial => ConfigurationOf(trial.Spec))
            .Select(group => Summarise(group.Key, [.. group]))
            .OrderByDescending(row => double.IsNaN(row.FinalTestAccuracy.Mean) ? -1 : row.FinalTestAccuracy.Mean)
            .ThenBy(row => TrialKey.Canonical(row.Configuration), StringComparer.Ordinal)
            .ToList();
        var dataset = datasets.Count == 0 ? "none (no trials)" : string.Join(", ", datasets);
        var footnotes = datasets.Contains("mnist") ? [.. StandardFootnotes, PublishedFootnote] : StandardFootnotes;
        return new ComparisonTable(dataset, rows, footnotes);
    }

    /// <summary>A trial's configuration: its specification with the seed cleared.</summary>
    public static TrainingSpec ConfigurationOf(TrainingSpec spec) => spec with { Seed = 0 };

    private static ComparisonRow Summarise(TrainingSpec configuration, IReadOnlyList<TrialRecord> trials)
    {
        var results = trials
            .Where(trial => trial.Status == TrialStatus.Finished && trial.Result is not null)
            .Select(trial => trial.Result!)
            .ToList();

        return new ComparisonRow(
            configuration,
            trials.Count,
            trials.Count(trial => trial.Status == TrialStatus.Finished),
            trials.Count(trial => trial.Status == TrialStatus.Failed),
            trials.Count(trial => trial.Status == TrialStatus.Diverged),
            SampleSummary.Of([.. results.Select(result => (double)result.FinalTestAccuracy)]).Within(0, 1),
            MeanOf(results.Select(result => (double)result.BestValidationAccuracy)),
            MeanOf(results.Select(result => (double)result.FinalTestLoss)),
            MeanOf(trials
                .Where(trial => trial.Status is TrialStatus.Finished or TrialStatus.Diverged)
                .Select(trial => trial.IterationsPerSecond)),
            PublishedFigures.TestAccuracy(configuration));
    }

    private static double MeanOf(IEnumerable<double> values) => SampleSummary.Of([.. values]).Mean;
}
