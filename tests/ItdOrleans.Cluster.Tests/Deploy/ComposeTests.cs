using ItdOrleans.Grains;
using ItdOrleans.ServiceDefaults;

namespace ItdOrleans.Cluster.Tests.Deploy;

public sealed class ComposeTests
{
    [Fact]
    public void There_are_three_silos_clustered_and_storing_grain_state_through_the_redis_service()
    {
        var silos = ComposeFile.Silos();
        var services = ComposeFile.Services();

        Assert.Equal(3, silos.Count);
        Assert.All(silos.Values, silo =>
        {
            var redisHost = KnownSettings.AssertRedisClusteringAndStorage(ComposeFile.Environment(silo));
            Assert.True(services.ContainsKey(redisHost), $"No service '{redisHost}' for the connection string.");
        });
    }

    [Fact]
    public void The_client_finds_the_silos_through_the_same_redis_server()
    {
        var silo = ComposeFile.Environment(ComposeFile.Silos().Values.First());
        var client = ComposeFile.Environment(ComposeFile.Service("client"));

        foreach (var key in new[]
        {
            ConfigurationKeys.ClusterProvider,
            ConfigurationKeys.ClusterConnectionName,
            ConfigurationKeys.RedisConnectionString,
        })
        {
            Assert.Equal(silo[KnownSettings.Env(key)], client[KnownSettings.Env(key)]);
        }
    }

    [Fact]
    public void Redis_keeps_its_data_in_a_volume_with_the_append_only_file_on()
    {
        var redis = ComposeFile.Service("redis");

        Assert.Contains("--appendonly", redis.List("command").Texts());
        Assert.Contains(redis.List("volumes").Texts(), volume => volume.EndsWith(":/data", StringComparison.Ordinal));
    }

    [Fact]
    public void Silos_and_client_use_the_ports_and_ids_the_code_defaults_to()
    {
        foreach (var (name, silo) in ComposeFile.Silos())
        {
            var environment = ComposeFile.Environment(silo);
            KnownSettings.AssertDefaultSiloPorts(environment);
            AssertIds(environment);
            Assert.Equal(name, silo.Text("hostname"));
        }

        AssertIds(ComposeFile.Environment(ComposeFile.Service("client")));
    }

    [Fact]
    public void Silos_sharing_the_host_each_train_a_set_number_of_trials()
    {
        var key = KnownSettings.Env($"{ItdOptions.Section}:{nameof(ItdOptions.TrainingSlots)}");

        Assert.All(ComposeFile.Silos(), silo =>
        {
            var environment = ComposeFile.Environment(silo.Value);
            Assert.True(environment.ContainsKey(key), $"{silo.Key} sets no {key}, so it claims every core");
            var slots = ComposeFile.DefaultOf(environment[key]);
            Assert.True(int.TryParse(slots, out var count) && count >= 1, $"{silo.Key}: {key} is '{slots}'");
        });
    }

    [Fact]
    public void Every_itd_and_otel_variable_is_one_the_code_reads()
    {
        var services = ComposeFile.Services().Values.Cast<Dictionary<object, object>>()
            .Where(service => service.ContainsKey("environment"))
            .Where(service => service.GetValueOrDefault("image") is string image && image.StartsWith("itd-"))
            .ToList();

        Assert.Equal(4, services.Count);
        Assert.All(services, service => Assert.Empty(KnownSettings.Unknown(ComposeFile.Environment(service).Keys)));
    }

    [Fact]
    public void Prometheus_scrapes_every_silo_on_its_web_port_and_metrics_path()
    {
        var job = PrometheusConfig.Jobs().Single(job => job.Name == "itd-silo");
        var expected = ComposeFile.Silos()
            .Select(silo =>
            {
                var urls = ComposeFile.Environment(silo.Value)[KnownSettings.Env(ConfigurationKeys.WebUrls)];
                return $"{silo.Key}:{KnownSettings.PortOf(urls)}";
            })
            .Order();

        Assert.Equal(expected, job.Targets.Order());
        Assert.Equal(HostDefaults.MetricsPath, job.MetricsPath);
    }

    [Fact]
    public void Published_ports_are_on_loopback_only()
    {
        var published = ComposeFile.Services().Values.Cast<Dictionary<object, object>>()
            .Where(service => service.ContainsKey("ports"))
            .SelectMany(service => service.List("ports").Texts())
            .ToList();

        Assert.NotEmpty(published);
        Assert.All(published, port => Assert.StartsWith("127.0.0.1:", port));
    }

    [Fact]
    public void Otlp_goes_to_the_collector_on_its_grpc_receiver_port()
    {
        var receiverPort = KnownSettings.PortOf("http://" + CollectorConfig.OtlpGrpcEndpoint());
        var services = ComposeFile.Services();

        var endpoints = services.Values.Cast<Dictionary<object, object>>()
            .Where(service => service.ContainsKey("environment"))
            .Select(ComposeFile.Environment)
            .Where(environment => environment.ContainsKey(ConfigurationKeys.OtlpEndpoint))
            .Select(environment => new Uri(environment[ConfigurationKeys.OtlpEndpoint]))
            .ToList();

        Assert.Equal(4, endpoints.Count);
        Assert.All(endpoints, endpoint =>
        {
            Assert.True(services.ContainsKey(endpoint.Host), $"No service '{endpoint.Host}'.");
            Assert.Equal(receiverPort, endpoint.Port);
        });
    }

    [Fact]
    public void Prometheus_scrapes_the_collector_where_it_exposes_metrics()
    {
        var port = KnownSettings.PortOf("http://" + CollectorConfig.Exporters().Map("prometheus").Text("endpoint"));

        var job = PrometheusConfig.Jobs().Single(job => job.Name == "otel-collector");

        Assert.Equal([$"otel-collector:{port}"], job.Targets);
        Assert.True(ComposeFile.Services().ContainsKey("otel-collector"));
    }

    [Fact]
    public void Mounted_files_and_dockerfiles_exist()
    {
        var services = ComposeFile.Services().Values.Cast<Dictionary<object, object>>().ToList();
        var mounts = services.Where(service => service.ContainsKey("volumes"))
            .SelectMany(service => service.List("volumes").Texts())
            .Select(volume => volume.Split(':')[0])
            .Where(source => source.StartsWith("./", StringComparison.Ordinal));
        var dockerfiles = services.Where(service => service.ContainsKey("build"))
            .Select(service => service.Map("build").Text("dockerfile"));

        Assert.All(mounts, source => Assert.True(Path.Exists(DeployFiles.Path(source[2..])), $"Missing {source}"));
        Assert.All(dockerfiles, file => Assert.True(
            File.Exists(Path.Combine(DeployFiles.RepositoryRoot, file)), $"Missing {file}"));
    }

    private static void AssertIds(IReadOnlyDictionary<string, string> environment)
    {
        Assert.Equal(HostDefaults.ServiceId, environment[KnownSettings.Env(ConfigurationKeys.ServiceId)]);
        Assert.Equal(HostDefaults.ClusterId, environment[KnownSettings.Env(ConfigurationKeys.ClusterId)]);
    }
}
