using System.Diagnostics.Metrics;
using System.Text;

namespace ItdOrleans.Cluster.Tests.Deploy;

/// <summary>
/// The Prometheus names the OpenTelemetry Prometheus exporter gives an instrument: invalid characters
/// become one underscore, a unit (braced annotations dropped, abbreviations spelled out) is appended,
/// counters end in _total, histograms expose _bucket, _sum and _count.
/// </summary>
internal static class PrometheusNaming
{
    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["s"] = "seconds",
        ["ms"] = "milliseconds",
        ["By"] = "bytes",
        ["1"] = "",
    };

    public static IEnumerable<string> SeriesNames(Instrument instrument)
    {
        var name = WithUnit(Sanitize(instrument.Name), instrument.Unit);
        var type = instrument.GetType().GetGenericTypeDefinition();

        if (type == typeof(Counter<>) || type == typeof(ObservableCounter<>))
        {
            return [name.EndsWith("_total", StringComparison.Ordinal) ? name : name + "_total"];
        }

        if (type == typeof(Histogram<>))
        {
            return [name + "_bucket", name + "_sum", name + "_count"];
        }

        return [name];
    }

    private static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var valid = char.IsAsciiLetterOrDigit(c) || c == ':';
            if (valid)
            {
                builder.Append(c);
            }
            else if (builder.Length == 0 || builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        return builder.ToString();
    }

    private static string WithUnit(string name, string? unit)
    {
        if (string.IsNullOrEmpty(unit))
        {
            return name;
        }

        var withoutAnnotations = System.Text.RegularExpressions.Regex.Replace(unit, @"\{[^}]*\}", "");
        var suffix = Units.TryGetValue(withoutAnnotations, out var spelled) ? spelled : withoutAnnotations;
        return suffix.Length == 0 || name.EndsWith(suffix, StringComparison.Ordinal) ? name : name + "_" + suffix;
    }
}
