using System.Text;
using System.Text.RegularExpressions;
using ItdOrleans.Reports.Figures;
using ItdOrleans.Reports.Statistics;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Reports;

/// <summary>
/// The Markdown report of a finished sweep: its specification, dataset, comparison table,
/// statistics between learning rules and figures.
/// </summary>
public static partial class SweepReport
{
    /// <summary>The name of the report file that <see cref="Write"/> creates.</summary>
    public const string FileName = "report.md";

    /// <summary>
    /// Writes report.md and its figures (PNG and SVG, linked relatively) into a folder,
    /// creating it if needed.
    /// </summary>
    /// <returns>The path of report.md.</returns>
    public static string Write(
        IReadOnlyList<TrialRecord> records, SweepSpec spec, DatasetDescription dataset, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var figures = SweepFigures.Write(SettingGroups.Of(records), outDir);
        var path = Path.Combine(outDir, FileName);
        File.WriteAllText(path, Markdown(records, spec, dataset, figures));
        return path;
    }

    /// <summary>
    /// The report as Markdown; figures are linked by the file names given, or left out when none are.
    /// </summary>
    public static string Markdown(
        IReadOnlyList<TrialRecord> records,
        SweepSpec spec,
        DatasetDescription dataset,
        IReadOnlyList<ReportFigure>? figures = null)
    {
        var text = new StringBuilder();
        text.AppendLine($"# Sweep report: {MarkdownText.Escape(spec.Name)}");
        text.AppendLine();

        dataset = dataset.WithCopiesOf(records);
        var from = dataset.Source is null ? "" : $", from {dataset.Source}";
        var name = MarkdownText.Escape(dataset.Name);
        Section(text, "Dataset", $"**{name}** ({MarkdownText.Escape(spec.Dataset)}){from}.\n");
        Section(text, "Specification", SpecificationTable.Markdown(spec) + SpecificationYaml(spec));
        Section(text, "Trials", TrialCounts(records));
        Section(text, "Comparison table", ComparisonTableMarkdown.Write(ComparisonTable.From(records)));
        Section(text, "Statistics", StatisticsSection.Markdown(RuleComparisons.Of(records)));
        if (figures is { Count: > 0 })
        {
            Section(text, "Figures", Figures(figures));
        }

        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, string body)
    {
        text.AppendLine($"## {title}");
        text.AppendLine();
        text.AppendLine(body.TrimEnd());
        text.AppendLine();
    }

    private static string TrialCounts(IReadOnlyList<TrialRecord> records)
    {
        var text = new StringBuilder();
        var counts = records.GroupBy(record => record.Status)
            .OrderBy(group => group.Key)
            .Select(group => $"{group.Count()} {group.Key.ToString().ToLowerInvariant()}");
        text.AppendLine($"{records.Count} trials: {string.Join(", ", counts)}.");

        var unfinished = records.Where(record => record.Status is TrialStatus.Failed or TrialStatus.Diverged).ToList();
        if (unfinished.Count > 0)
        {
            text.AppendLine();
            foreach (var record in unfinished)
            {
                var reason = record.Error is null ? "" : $": {MarkdownText.Escape(record.Error)}";
                text.AppendLine($"- {MarkdownText.Escape(record.Spec.Rule)}, seed {record.Spec.Seed}, "
                    + $"learning rate {SettingGroups.Format(record.Spec.LearningRate)}: "
                    + $"{record.Status.ToString().ToLowerInvariant()} after {record.IterationsDone} iterations"
                    + reason);
            }
        }

        return text.ToString();
    }

    private static string Figures(IReadOnlyList<ReportFigure> figures)
    {
        var text = new StringBuilder();
        foreach (var figure in figures)
        {
            var title = MarkdownText.Escape(figure.Title);
            text.AppendLine($"### {title}");
            text.AppendLine();
            text.AppendLine($"![{title}]({Uri.EscapeDataString(figure.PngFile)})");
            text.AppendLine();
            text.AppendLine($"[SVG]({Uri.EscapeDataString(figure.SvgFile)})");
            text.AppendLine();
        }

        return text.ToString();
    }

    // The fence is longer than any run of backticks in the YAML, so that no name can close it early.
    private static string SpecificationYaml(SweepSpec spec)
    {
        var yaml = SweepYaml.Write(spec).TrimEnd();
        var longest = Backticks().Matches(yaml).Select(run => run.Length).DefaultIfEmpty().Max();
        var fence = new string('`', Math.Max(3, longest + 1));
        return $"\nAs YAML, to run the sweep again:\n\n{fence}yaml\n{yaml}\n{fence}\n";
    }

    [GeneratedRegex("`+")]
    private static partial Regex Backticks();
}
