namespace ItdOrleans.Cluster.Tests.Deploy;

/// <summary>The scrape jobs of deploy/prometheus.yml.</summary>
internal static class PrometheusConfig
{
    public sealed record Job(string Name, string MetricsPath, IReadOnlyList<string> Targets);

    public static IReadOnlyList<Job> Jobs() =>
        DeployFiles.Yaml("prometheus.yml").List("scrape_configs").Maps()
            .Select(job => new Job(
                job.Text("job_name"),
                job.TryGetValue("metrics_path", out var path) ? (string)path : "/metrics",
                job.List("static_configs").Maps().SelectMany(c => c.List("targets").Texts()).ToList()))
            .ToList();
}
