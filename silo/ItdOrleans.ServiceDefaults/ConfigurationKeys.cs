namespace ItdOrleans.ServiceDefaults;

/// <summary>The configuration keys the ItdOrleans hosts read, in their colon-separated form.</summary>
/// <remarks>
/// Silos and clients are set up through Orleans' own configuration section, "Orleans", which
/// chooses providers by their registered names; the grains' settings live under "Itd". As
/// environment variables the colons become double underscores (<c>Orleans__Clustering__ProviderType</c>);
/// <see cref="ToEnvironmentVariable"/> makes that translation.
/// </remarks>
public static class ConfigurationKeys
{
    /// <summary>The Orleans service id shared by every deployment of the sweep service; names stored state.</summary>
    public const string ServiceId = "Orleans:ServiceId";

    /// <summary>The Orleans cluster id shared by the silos and clients of one cluster.</summary>
    public const string ClusterId = "Orleans:ClusterId";

    /// <summary>
    /// Where silos meet, as Orleans names the provider: <c>Redis</c>. Unset, a silo runs alone on
    /// localhost and a client looks for it there. A client may also name <c>Static</c> and list gateways.
    /// </summary>
    public const string ClusterProvider = "Orleans:Clustering:ProviderType";

    /// <summary>The name, under ConnectionStrings, of the clustering provider's connection string.</summary>
    public const string ClusterConnectionName = "Orleans:Clustering:ConnectionName";

    /// <summary>
    /// With <c>Static</c> clustering, a client's list of silo gateways (<c>Orleans:Clustering:Gateways:0</c>
    /// and on), each as the address and gateway port the silo advertises.
    /// </summary>
    public const string ClusterGateways = "Orleans:Clustering:Gateways";

    /// <summary>
    /// Where grain state is kept, as Orleans names the provider: <c>Redis</c> or <c>AdoNet</c>.
    /// Unset, state is kept in memory and lost with the cluster.
    /// </summary>
    public const string StorageProvider = "Orleans:GrainStorage:itd:ProviderType";

    /// <summary>The name, under ConnectionStrings, of the grain storage's connection string.</summary>
    public const string StorageConnectionName = "Orleans:GrainStorage:itd:ConnectionName";

    /// <summary>The ADO.NET invariant of an <c>AdoNet</c> grain storage, e.g. System.Data.SQLite.</summary>
    public const string StorageInvariant = "Orleans:GrainStorage:itd:Invariant";

    /// <summary>An <c>AdoNet</c> grain storage's connection string, when not given by name.</summary>
    public const string StorageConnectionString = "Orleans:GrainStorage:itd:ConnectionString";

    /// <summary>
    /// The Redis connection string that clustering and storage name by <see cref="HostDefaults.RedisConnectionName"/>,
    /// in StackExchange.Redis form (<c>host:6379,password=...</c>).
    /// </summary>
    public const string RedisConnectionString = "ConnectionStrings:" + HostDefaults.RedisConnectionName;

    /// <summary>The port silos talk to each other on.</summary>
    public const string SiloPort = "Orleans:Endpoints:SiloPort";

    /// <summary>The port clients reach a silo's gateway on.</summary>
    public const string GatewayPort = "Orleans:Endpoints:GatewayPort";

    /// <summary>The address others reach a silo at; by default its first non-loopback address.</summary>
    public const string AdvertisedAddress = "Orleans:Endpoints:AdvertisedIPAddress";

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
