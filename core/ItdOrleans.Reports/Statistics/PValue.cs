using System.Globalization;

namespace ItdOrleans.Reports.Statistics;

/// <summary>How a report writes p-values, the same in its sentences and its tables.</summary>
public static class PValue
{
    private const int FewestDigits = 2;
    private const int MostDigits = 4;

    /// <summary>
    /// "&lt; 0.001", or p to two significant digits, with more where two would round it across
    /// <see cref="RuleComparison.Alpha"/> (0.0496 stays "0.0496", not "0.05").
    /// </summary>
    public static string Format(double p)
    {
        if (p < 0.001)
        {
            return "< 0.001";
        }

        var text = "";
        for (var digits = FewestDigits; digits <= MostDigits; digits++)
        {
            text = p.ToString("G" + digits, CultureInfo.InvariantCulture);
            if (double.Parse(text, CultureInfo.InvariantCulture) < RuleComparison.Alpha == p < RuleComparison.Alpha)
            {
                break;
            }
        }

        return text;
    }

    /// <summary>"p &lt; 0.001" or "p = 0.0072", for a sentence.</summary>
    public static string Clause(double p)
    {
        var text = Format(p);
        return text.StartsWith('<') ? $"p {text}" : $"p = {text}";
    }
}
