using ItdOrleans.ServiceDefaults;

namespace ItdOrleans.Cluster.Tests.Deploy;

public sealed class KubernetesTests
{
    [Fact]
    public void Kustomization_lists_every_manifest_in_the_folder()
    {
        var files = Directory.GetFiles(DeployFiles.Path("kubernetes"), "*.yaml")
            .Select(Path.GetFileName)
            .Where(name => name != "kustomization.yaml")
            .Order();

        Assert.Equal(files, KubernetesManifests.Resources().Order());
    }

    [Fact]
    public void Pods_carry_the_labels_and_variables_kubernetes_hosting_needs()
    {
        var labels = KubernetesManifests.SiloPodSpec().Map("metadata").Map("labels");
        var environment = KubernetesManifests.SiloEnvironment();

        Assert.Equal(HostDefaults.ServiceId, labels.Text("orleans/serviceId"));
        Assert.Equal(HostDefaults.ClusterId, labels.Text("orleans/clusterId"));
        Assert.Equal("metadata.labels['orleans/serviceId']", environment["ORLEANS_SERVICE_ID"]);
        Assert.Equal("metadata.labels['orleans/clusterId']", environment["ORLEANS_CLUSTER_ID"]);
        Assert.Equal("metadata.name", environment["POD_NAME"]);
        Assert.Equal("metadata.namespace", environment["POD_NAMESPACE"]);
        Assert.Equal("status.podIP", environment["POD_IP"]);
        Assert.Equal("true", environment[KnownSettings.Env(ConfigurationKeys.KubernetesHosting)]);
    }

    [Fact]
    public void Silos_cluster_and_store_grain_state_through_the_redis_service()
    {
        var redisHost = KnownSettings.AssertRedisClusteringAndStorage(KubernetesManifests.SiloEnvironment());

        Assert.NotNull(KubernetesManifests.Find("Service", redisHost));
    }

    [Fact]
    public void Container_ports_match_the_configured_ports()
    {
        var environment = KubernetesManifests.SiloEnvironment();
        var ports = KubernetesManifests.SiloContainer().List("ports").Maps()
            .ToDictionary(port => port.Text("name"), port => int.Parse(port.Text("containerPort")));

        Assert.Equal(HostDefaults.SiloPort, ports["silo"]);
        Assert.Equal(HostDefaults.GatewayPort, ports["gateway"]);
        KnownSettings.AssertDefaultSiloPorts(environment);
        Assert.Equal(ports["web"], KnownSettings.PortOf(environment[KnownSettings.Env(ConfigurationKeys.WebUrls)]));
    }

    [Fact]
    public void Scrape_annotations_point_at_the_metrics_endpoint()
    {
        var annotations = KubernetesManifests.SiloPodSpec().Map("metadata").Map("annotations");
        var environment = KubernetesManifests.SiloEnvironment();

        Assert.Equal("true", annotations.Text("prometheus.io/scrape"));
        Assert.Equal(HostDefaults.MetricsPath, annotations.Text("prometheus.io/path"));
        Assert.Equal(
            KnownSettings.PortOf(environment[KnownSettings.Env(ConfigurationKeys.WebUrls)]).ToString(),
            annotations.Text("prometheus.io/port"));
    }

    [Fact]
    public void Every_itd_and_otel_variable_is_one_the_code_reads()
    {
        Assert.Empty(KnownSettings.Unknown(KubernetesManifests.SiloEnvironment().Keys));
    }

    [Fact]
    public void The_silo_service_account_may_list_and_watch_pods()
    {
        var account = KubernetesManifests.SiloPodSpec().Map("spec").Text("serviceAccountName");
        var binding = KubernetesManifests.Objects().Single(o => o.Text("kind") == "RoleBinding"
            && o.List("subjects").Maps().Any(s => s.Text("kind") == "ServiceAccount" && s.Text("name") == account));

        var role = KubernetesManifests.Find("Role", binding.Map("roleRef").Text("name"));
        var podRule = role.List("rules").Maps().Single(rule => rule.List("resources").Texts().Contains("pods"));

        Assert.NotNull(KubernetesManifests.Find("ServiceAccount", account));
        var verbs = podRule.List("verbs").Texts().ToHashSet();
        Assert.Superset(new HashSet<string> { "get", "list", "watch", "delete" }, verbs);
    }

    [Fact]
    public void No_service_fronts_the_gateways()
    {
        // A client that reaches a gateway at any address but the one its silo advertises cannot talk
        // to the silo, so a Service's virtual address (or a port-forward to it) would only mislead.
        var gatewayPort = HostDefaults.GatewayPort.ToString();

        var fronting = KubernetesManifests.Objects()
            .Where(o => o.Text("kind") == "Service")
            .Where(service => service.Map("spec").List("ports").Maps().Any(port =>
                port.Text("targetPort") is "gateway" || port.Text("targetPort") == gatewayPort
                || port.Text("port") == gatewayPort))
            .Select(service => service.Map("metadata").Text("name"));

        Assert.Empty(fronting);
    }
}
