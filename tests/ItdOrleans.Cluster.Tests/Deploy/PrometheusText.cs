namespace ItdOrleans.Cluster.Tests.Deploy;

/// <summary>Reads the Prometheus text exposition a /metrics endpoint serves.</summary>
internal static class PrometheusText
{
    /// <summary>The names of the series that have samples, such as itd_trials_ended_total.</summary>
    public static IReadOnlySet<string> SeriesNames(string exposition) =>
        exposition.Split('\n')
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('{', ' ')[0])
            .ToHashSet(StringComparer.Ordinal);
}
