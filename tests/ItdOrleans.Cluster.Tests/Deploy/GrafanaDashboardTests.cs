using System.Text.Json;
using System.Text.RegularExpressions;

namespace ItdOrleans.Cluster.Tests.Deploy;

public sealed partial class GrafanaDashboardTests
{
    private const string DashboardFile = "grafana/dashboards/itd-orleans.json";

    [Fact]
    public void Every_queried_metric_is_a_series_of_a_sweep_instrument()
    {
        var series = SweepInstruments.PrometheusSeries();

        var unknown = Queries().SelectMany(MetricNames).Where(name => !series.Contains(name)).ToList();

        Assert.True(unknown.Count == 0, $"Unknown {string.Join(", ", unknown)}; known {string.Join(", ", series)}");
    }

    [Fact]
    public void Every_sweep_instrument_appears_on_some_panel()
    {
        var queried = Queries().SelectMany(MetricNames).ToHashSet();

        var missing = SweepInstruments.Published()
            .Where(instrument => !PrometheusNaming.SeriesNames(instrument).Any(queried.Contains))
            .Select(instrument => instrument.Name)
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Jobs_named_in_queries_are_scraped_by_prometheus()
    {
        var jobs = PrometheusConfig.Jobs().Select(job => job.Name).ToHashSet();

        var queriedJobs = Queries().SelectMany(query => JobSelector().Matches(query).Select(m => m.Groups[1].Value));

        Assert.All(queriedJobs, job => Assert.Contains(job, jobs));
    }

    [Fact]
    public void Panels_use_the_provisioned_prometheus_datasource()
    {
        var datasources = DeployFiles.Yaml("grafana/provisioning/datasources/datasources.yaml")
            .List("datasources").Maps();
        var prometheusUid = datasources.Single(source => source.Text("type") == "prometheus").Text("uid");
        using var dashboard = DeployFiles.Json(DashboardFile);

        var panels = dashboard.RootElement.GetProperty("panels").EnumerateArray().ToList();

        Assert.NotEmpty(panels);
        Assert.All(panels, panel => Assert.Equal(
            prometheusUid, panel.GetProperty("datasource").GetProperty("uid").GetString()));
    }

    [Fact]
    public void Grafana_loads_dashboards_from_where_compose_mounts_them()
    {
        var provider = DeployFiles.Yaml("grafana/provisioning/dashboards/dashboards.yaml")
            .List("providers").Maps().Single();
        var dashboardsPath = provider.Map("options").Text("path");
        var grafana = ComposeFile.Service("grafana");

        var mount = grafana.List("volumes").Texts().Single(volume => volume.StartsWith("./grafana/dashboards:"));

        Assert.Equal(dashboardsPath, mount.Split(':')[1]);
        Assert.True(File.Exists(DeployFiles.Path(DashboardFile)));
    }

    private static IEnumerable<string> Queries()
    {
        using var dashboard = DeployFiles.Json(DashboardFile);
        var queries = new List<string>();
        foreach (var panel in dashboard.RootElement.GetProperty("panels").EnumerateArray())
        {
            var targets = panel.GetProperty("targets").EnumerateArray();
            queries.AddRange(targets.Select(target => target.GetProperty("expr").GetString()!));
        }

        return queries;
    }

    /// <summary>The ItdOrleans metric names a PromQL expression reads.</summary>
    private static IEnumerable<string> MetricNames(string query) =>
        ItdMetric().Matches(query).Select(match => match.Value);

    [GeneratedRegex(@"\bitd_[a-z0-9_]+")]
    private static partial Regex ItdMetric();

    [GeneratedRegex("job=\"([^\"]+)\"")]
    private static partial Regex JobSelector();
}
