using System.Collections;
using System.Text;
using System.Text.RegularExpressions;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Reports;

/// <summary>Every hyperparameter of a sweep specification as a Markdown table, one row per field.</summary>
public static partial class SpecificationTable
{
    /// <summary>The table; list-valued fields (the grid's axes) show all their values.</summary>
    public static string Markdown(SweepSpec spec)
    {
        var table = new StringBuilder();
        table.AppendLine("| hyperparameter | value |");
        table.AppendLine("|---|---|");
        foreach (var property in typeof(SweepSpec).GetProperties())
        {
            var values = MarkdownText.Escape(Values(property.GetValue(spec)));
            table.AppendLine($"| {Words(property.Name)} | {values} |");
        }

        return table.ToString();
    }

    /// <summary>A field name in words: "MinibatchSizes" becomes "minibatch sizes".</summary>
    public static string Words(string fieldName) =>
        WordStart().Replace(fieldName, " $1").Trim().ToLowerInvariant();

    private static string Values(object? value) => value switch
    {
        string text => text,
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(SettingGroups.Format)),
        _ => SettingGroups.Format(value),
    };

    [GeneratedRegex("([A-Z])")]
    private static partial Regex WordStart();
}
