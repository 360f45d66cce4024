using System.Globalization;
using ItdOrleans.Core.Training;
using ItdOrleans.Sweeps;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItdOrleans.Client.Views;

/// <summary>
/// A comparison table for the terminal: one row per configuration, accuracies in percent. Settings
/// that vary between rows get columns; the ones every row shares are stated once in the caption.
/// </summary>
public static class ComparisonTableView
{
    private const string Missing = "-";

    private static readonly (string Name, Func<TrainingSpec, string> Value)[] Settings =
    [
        ("learning rate", spec => Number(spec.LearningRate)),
        ("minibatch", spec => Number(spec.MinibatchSize)),
        ("network", spec => $"{spec.HiddenLayers} x {spec.HiddenWidth} {spec.Activation}"),
        ("iterations", spec => Number(spec.Iterations)),
        ("optimiser", spec => spec.Optimiser),
        ("initialisation", spec => spec.Initialisation),
        ("centring", spec => SweepVocabulary.NameOf(spec.Centring)),
        ("epoch shuffling", spec => spec.EpochShuffling ? "on" : "off"),
    ];

    private static readonly (string Name, Func<ComparisonRow, string> Value)[] Metrics =
    [
        // One seed has no spread: its deviation and interval are shown as missing, not as 0.
        ("test accuracy %", row => row.FinalTestAccuracy.Count == 0
            ? Missing
            : $"{Percent(row.FinalTestAccuracy.Mean)} ± "
                + (row.FinalTestAccuracy.HasSpread ? Percent(row.FinalTestAccuracy.StandardDeviation) : Missing)),
        ("95% CI", row => row.FinalTestAccuracy.HasSpread
            ? $"{Percent(row.FinalTestAccuracy.Low)} to {Percent(row.FinalTestAccuracy.High)}"
            : Missing),
        ("best validation %", row => Percent(row.BestValidationAccuracy)),
        ("test loss", row => Fixed(row.FinalTestLoss, "F4")),
        ("finished/failed/diverged", row => $"{row.Finished}/{row.Failed}/{row.Diverged} of {row.Trials}"),
        ("it/s", row => Fixed(row.IterationsPerSecond, "F0")),
        ("published %", row => row.PublishedTestAccuracy is { } published ? Percent(published) : Missing),
    ];

    /// <summary>The table, titled with the sweep's name and the dataset its trials trained on.</summary>
    public static IRenderable Render(ComparisonTable table, string sweepName)
    {
        var configurations = table.Rows.Select(row => row.Configuration).ToList();
        var varying = Settings
            .Where(setting => configurations.Select(setting.Value).Distinct().Count() > 1)
            .ToList();
        var shared = configurations.Count == 0
            ? []
            : Settings.Except(varying).Select(setting => $"{setting.Name} {setting.Value(configurations[0])}");

        var view = new Table()
            .Title(Markup.Escape($"{sweepName} on {table.Dataset}"))
            .Caption(Markup.Escape(string.Join(", ", shared)));
        view.AddColumn("rule");
        varying.ForEach(setting => view.AddColumn(setting.Name));
        foreach (var (name, _) in Metrics)
        {
            view.AddColumn(new TableColumn(Markup.Escape(name)).RightAligned());
        }

        foreach (var row in table.Rows)
        {
            var cells = varying
                .Select(setting => setting.Value(row.Configuration))
                .Prepend(row.Configuration.Rule)
                .Concat(Metrics.Select(metric => metric.Value(row)))
                .Select(Markup.Escape);
            view.AddRow([.. cells]);
        }

        return view;
    }

    /// <summary>The footnotes a reader needs to read the numbers right, numbered.</summary>
    public static IRenderable Footnotes(ComparisonTable table) => new Rows(
        table.Footnotes.Select((footnote, index) => new Markup($"[grey]{index + 1}. {Markup.Escape(footnote)}[/]")));

    private static string Percent(double fraction) => Fixed(fraction * 100, "F2");

    private static string Fixed(double value, string format) =>
        double.IsNaN(value) ? Missing : value.ToString(format, CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("G", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
