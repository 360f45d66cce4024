using System.Text.RegularExpressions;

namespace ItdOrleans.Cluster.Tests.Deploy;

/// <summary>The queries of deploy/grafana's dashboard and the metrics they read.</summary>
internal static partial class GrafanaDashboard
{
    public const string File = "grafana/dashboards/itd-orleans.json";

    /// <summary>The PromQL expression of every target of every panel.</summary>
    public static IReadOnlyList<string> Queries()
    {
        using var dashboard = DeployFiles.Json(File);
        return
        [
            .. dashboard.RootElement.GetProperty("panels").EnumerateArray()
                .SelectMany(panel => panel.GetProperty("targets").EnumerateArray())
                .Select(target => target.GetProperty("expr").GetString()!),
        ];
    }

    /// <summary>
    /// The metrics a query reads that a silo exports: ItdOrleans' own (itd_), Orleans' (orleans_)
    /// and the .NET runtime's (dotnet_). Prometheus' own <c>up</c> is not among them.
    /// </summary>
    public static IEnumerable<string> SiloMetrics(string query) =>
        SiloMetric().Matches(query).Select(match => match.Value);

    [GeneratedRegex(@"\b(?:itd|orleans|dotnet)_[a-z0-9_]+")]
    private static partial Regex SiloMetric();
}
