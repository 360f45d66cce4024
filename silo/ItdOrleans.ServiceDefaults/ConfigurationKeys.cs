namespace ItdOrleans.ServiceDefaults;

/// <summary>The configuration keys the ItdOrleans hosts read, in their colon-separated form.</summary>
/// <remarks>
/// As environment variables the colons become double underscores (<c>Itd__Cluster__Provider</c>);
/// <see cref="ToEnvironmentVariable"/> makes that translation.
/// </remarks>
public static class ConfigurationKeys
{
    /// <summary>Where silos meet: memory (one process on localhost), redis or postgres.</summary>
    public const string ClusterProvider = "Itd:Cluster:Provider";

    /// <summary>The connection string of the clustering provider's store.</summary>
    public const string ClusterConnectionString = "Itd:Cluster:ConnectionString";

    /// <summary>The Orleans service id shared by every deployment of the sweep service.</summary>
    public const string ServiceId = "Itd:Cluster:ServiceId";

    /// <summary>The Orleans cluster id shared by the silos and clients of one cluster.</summary>
    public const string ClusterId = "Itd:Cluster:ClusterId";

    /// <summary>The port silos talk to each other on.</summary>
    public const string SiloPort = "Itd:Silo:Port";

    /// <summary>The port clients reach a silo's gateway on.</summary>
    public const string GatewayPort = "Itd:Silo:GatewayPort";

    /// <summary>When true, the silo takes its name, address and ids from its Kubernetes pod.</summary>
    public const string KubernetesHosting = "Itd:Silo:KubernetesHosting";

    /// <summary>The URLs of a silo's web endpoint (metrics and dashboard), or "none" to switch it off.</summary>
    public const string WebUrls = "Itd:Web:Urls";

    /// <summary>The standard OpenTelemetry variable whose presence switches on the OTLP exporter.</summary>
    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The standard variable that turns off trace export when set to "none".</summary>
    public const string TracesExporter = "OTEL_TRACES_EXPORTER";

    /// <summary>The standard variable that turns off metric export when set to "none".</summary>
    public const string MetricsExporter = "OTEL_METRICS_EXPORTER";

    /// <summary>The standard variable that turns off log export when set to "none".</summary>
    public const string LogsExporter = "OTEL_LOGS_EXPORTER";

    /// <summary>The environment variable that sets <paramref name="key"/>.</summary>
    public static string ToEnvironmentVariable(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}
