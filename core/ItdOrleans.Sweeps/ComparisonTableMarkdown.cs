using System.Globalization;
using System.Text;
using ItdOrleans.Core.Training;

namespace ItdOrleans.Sweeps;

/// <summary>
/// Writes a comparison table as Markdown, accuracies in percent. Settings shared by every row are
/// stated once above the table; only the learning rule and the settings that vary get columns.
/// </summary>
public static class ComparisonTableMarkdown
{
    private static readonly (string Name, Func<TrainingSpec, string> Value)[] Settings =
    [
        ("dataset", spec => spec.Dataset),
        ("learning rate", spec => Number(spec.LearningRate)),
        ("minibatch", spec => Number(spec.MinibatchSize)),
        ("network", spec => $"{spec.HiddenLayers} x {spec.HiddenWidth}"),
        ("iterations", spec => Number(spec.Iterations)),
        ("optimiser", spec => spec.Optimiser),
        ("activation", spec => spec.Activation),
        ("initialisation", spec => spec.Initialisation),
        ("centring", spec => SweepVocabulary.NameOf(spec.Centring)),
        ("epoch shuffling", spec => spec.EpochShuffling ? "on" : "off"),
        ("evaluation interval", spec => Number(spec.EvaluationInterval)),
    ];

    private static readonly (string Name, Func<ComparisonRow, string> Value)[] Metrics =
    [
        ("test accuracy % (mean ± sd)", row => row.FinalTestAccuracy.Count == 0 ? "-"
            : $"{Percent(row.FinalTestAccuracy.Mean)} ± {Spread(row, row.FinalTestAccuracy.StandardDeviation)}"),
        ("95% CI", row => row.FinalTestAccuracy.HasSpread
            ? $"{Percent(row.FinalTestAccuracy.Low)} to {Percent(row.FinalTestAccuracy.High)}"
            : "-"),
        ("best validation %", row => Percent(row.BestValidationAccuracy)),
        ("test loss", row => Fixed(row.FinalTestLoss, "F4")),
        ("finished", row => Number(row.Finished)),
        ("failed", row => Number(row.Failed)),
        ("diverged", row => Number(row.Diverged)),
        ("iterations/s", row => Fixed(row.IterationsPerSecond, "F0")),
        ("published %", row => row.PublishedTestAccuracy is { } published ? Percent(published) : "-"),
    ];

    /// <summary>The table with its dataset, shared settings and footnotes.</summary>
    public static string Write(ComparisonTable table)
    {
        var configurations = table.Rows.Select(row => row.Configuration).ToList();
        var varying = Settings
            .Where(setting => setting.Name != "dataset"
                && configurations.Select(setting.Value).Distinct().Count() > 1)
            .ToList();
        var shared = Settings
            .Where(setting => setting.Name != "dataset" && !varying.Contains(setting) && configurations.Count > 0)
            .Select(setting => $"{setting.Name} {MarkdownText.Escape(setting.Value(configurations[0]))}");

        var text = new StringBuilder();
        text.AppendLine(string.Join(" · ", shared.Prepend($"**Dataset: {MarkdownText.Escape(table.Dataset)}**")));
        text.AppendLine();

        var columns = varying.Select(setting => setting.Name).Prepend("rule").Concat(Metrics.Select(m => m.Name));
        text.AppendLine($"| {string.Join(" | ", columns)} |");
        text.AppendLine($"|{string.Concat(Enumerable.Repeat("---|", 1 + varying.Count + Metrics.Length))}");
        foreach (var row in table.Rows)
        {
            var cells = varying
                .Select(setting => setting.Value(row.Configuration))
                .Prepend(row.Configuration.Rule)
                .Concat(Metrics.Select(metric => metric.Value(row)))
                .Select(MarkdownText.Escape);
            text.AppendLine($"| {string.Join(" | ", cells)} |");
        }

        text.AppendLine();
        foreach (var (footnote, index) in table.Footnotes.Select((footnote, index) => (footnote, index)))
        {
            text.AppendLine($"{index + 1}. {footnote}");
        }

        return text.ToString();
    }

    private static string Percent(double fraction) => Fixed(fraction * 100, "F2");

    private static string Spread(ComparisonRow row, double deviation) =>
        row.FinalTestAccuracy.HasSpread ? Percent(deviation) : "-";

    private static string Fixed(double value, string format) =>
        double.IsNaN(value) ? "-" : value.ToString(format, CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
