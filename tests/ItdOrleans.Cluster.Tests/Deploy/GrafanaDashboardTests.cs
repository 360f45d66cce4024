using System.Text.RegularExpressions;
using ItdOrleans.Cluster.Tests.Durability;
using ItdOrleans.Contracts;
using ItdOrleans.ServiceDefaults;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Cluster.Tests.Deploy;

public sealed partial class GrafanaDashboardTests
{
    [Fact]
    public void Every_queried_metric_is_a_series_of_a_sweep_instrument()
    {
        var series = SweepInstruments.PrometheusSeries();

        var unknown = GrafanaDashboard.Queries().SelectMany(ItdMetrics).Where(name => !series.Contains(name))
            .ToList();

        Assert.True(unknown.Count == 0, $"Unknown {string.Join(", ", unknown)}; known {string.Join(", ", series)}");
    }

    /// <summary>
    /// Against a real scrape: the silo host, in a process of its own, runs a sweep for a client that
    /// reaches it through its gateway, and its /metrics then serves every metric the dashboard queries,
    /// ItdOrleans', Orleans' and the runtime's alike.
    /// </summary>
    [Fact]
    [Trait("Category", "Slow")]
    public async Task Every_queried_metric_is_served_by_a_silo_that_ran_a_sweep()
    {
        var gatewayPort = FreePort.Next();
        var web = $"http://127.0.0.1:{FreePort.Next()}";
        var ids = new Dictionary<string, string>
        {
            [ConfigurationKeys.ServiceId] = "itd-scrape-test",
            [ConfigurationKeys.ClusterId] = $"itd-scrape-{Guid.NewGuid():N}",
        };
        using var silo = SiloProcess.Start("scraped silo", DurableSettings.Merge(
            DurableSettings.Silo(FreePort.Next(), gatewayPort),
            ids,
            new Dictionary<string, string> { [ConfigurationKeys.WebUrls] = web }));

        await using var client = await Eventually.Until(
            () => TestClient.ConnectAsync(ids, gatewayPort), _ => true, () => silo.Tail());
        var sweep = client.Grains.GetSweep($"scraped-{Guid.NewGuid():N}");
        var spec = SweepPresets.Get("tiny").WithIterations(200).WithSeeds(1) with { Dataset = RealDigits.Current.Name };
        await sweep.Start(spec);
        await Eventually.Until(
            () => sweep.GetStatus(), status => status.State == SweepState.Finished, () => silo.Tail());
        using var http = new HttpClient();
        var served = PrometheusText.SeriesNames(await http.GetStringAsync(web + HostDefaults.MetricsPath));

        var queried = GrafanaDashboard.Queries().SelectMany(GrafanaDashboard.SiloMetrics).Distinct().ToList();
        var missing = queried.Where(name => !served.Contains(name)).ToList();
        Assert.True(
            missing.Count == 0,
            $"Queried but not served: {string.Join(", ", missing)}\nServed: {string.Join(", ", served.Order())}");
        Assert.Contains(queried, name => name.StartsWith("orleans_", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_sweep_instrument_appears_on_some_panel()
    {
        var queried = GrafanaDashboard.Queries().SelectMany(ItdMetrics).ToHashSet();

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

        var queriedJobs = GrafanaDashboard.Queries()
            .SelectMany(query => JobSelector().Matches(query).Select(m => m.Groups[1].Value));

        Assert.All(queriedJobs, job => Assert.Contains(job, jobs));
    }

    [Fact]
    public void Panels_use_the_provisioned_prometheus_datasource()
    {
        var datasources = DeployFiles.Yaml("grafana/provisioning/datasources/datasources.yaml")
            .List("datasources").Maps();
        var prometheusUid = datasources.Single(source => source.Text("type") == "prometheus").Text("uid");
        using var dashboard = DeployFiles.Json(GrafanaDashboard.File);

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
        Assert.True(File.Exists(DeployFiles.Path(GrafanaDashboard.File)));
    }

    [Fact]
    public void Every_query_reads_a_metric_a_silo_exports_or_prometheus_itself_records()
    {
        var unread = GrafanaDashboard.Queries()
            .Where(query => !GrafanaDashboard.SiloMetrics(query).Any() && !query.StartsWith("sum(up{"));

        Assert.Empty(unread);
    }

    private static IEnumerable<string> ItdMetrics(string query) =>
        GrafanaDashboard.SiloMetrics(query).Where(name => name.StartsWith("itd_", StringComparison.Ordinal));

    [GeneratedRegex("job=\"([^\"]+)\"")]
    private static partial Regex JobSelector();
}
