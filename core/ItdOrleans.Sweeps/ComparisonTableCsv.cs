using System.Globalization;
using System.Text;

namespace ItdOrleans.Sweeps;

/// <summary>
/// Writes a comparison table as CSV: a header row, then one row per configuration with every setting
/// and metric in its own column. Accuracies are fractions; numbers use the invariant culture and
/// round-trip; a missing value is an empty cell, as are the deviation and interval of a single seed.
/// </summary>
public static class ComparisonTableCsv
{
    private static readonly string[] Header =
    [
        "dataset", "rule", "learning_rate", "minibatch_size", "hidden_width", "hidden_layers", "iterations",
        "optimiser", "activation", "initialisation", "centring", "epoch_shuffling", "evaluation_interval",
        "trials", "finished", "failed", "diverged",
        "test_accuracy_mean", "test_accuracy_sd", "test_accuracy_ci_low", "test_accuracy_ci_high",
        "best_validation_accuracy", "test_loss", "iterations_per_second", "published_test_accuracy",
    ];

    public static string Write(ComparisonTable table)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', Header));
        foreach (var row in table.Rows)
        {
            var spec = row.Configuration;
            object?[] cells =
            [
                spec.Dataset, spec.Rule, spec.LearningRate, spec.MinibatchSize, spec.HiddenWidth, spec.HiddenLayers,
                spec.Iterations, spec.Optimiser, spec.Activation, spec.Initialisation,
                SweepVocabulary.NameOf(spec.Centring), spec.EpochShuffling ? "true" : "false",
                spec.EvaluationInterval, row.Trials, row.Finished, row.Failed, row.Diverged,
                row.FinalTestAccuracy.Mean, SpreadOnly(row, row.FinalTestAccuracy.StandardDeviation),
                SpreadOnly(row, row.FinalTestAccuracy.Low), SpreadOnly(row, row.FinalTestAccuracy.High),
                row.BestValidationAccuracy, row.FinalTestLoss, row.IterationsPerSecond, row.PublishedTestAccuracy,
            ];
            text.AppendLine(string.Join(',', cells.Select(Cell)));
        }

        return text.ToString();
    }

    // The deviation and interval of a single seed are left empty, as missing.
    private static double? SpreadOnly(ComparisonRow row, double value) =>
        row.FinalTestAccuracy.HasSpread ? value : null;

    private static string Cell(object? value) => value switch
    {
        null => "",
        double number when double.IsNaN(number) => "",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        string text when text.IndexOfAny([',', '"', '\n', '\r']) >= 0 => $"\"{text.Replace("\"", "\"\"")}\"",
        _ => value.ToString() ?? "",
    };
}
