namespace ItdOrleans.ServiceDefaults;

/// <summary>The values hosts use when the configuration leaves a key out, and the values the keys take.</summary>
public static class HostDefaults
{
    /// <summary>The value of <see cref="ConfigurationKeys.ClusterProvider"/> and
    /// <see cref="ConfigurationKeys.StorageProvider"/> that selects Redis; Orleans matches it exactly.</summary>
    public const string RedisProvider = "Redis";

    /// <summary>The <see cref="ConfigurationKeys.ClusterProvider"/> of a client given a list of gateways.</summary>
    public const string StaticProvider = "Static";

    /// <summary>The <see cref="ConfigurationKeys.StorageProvider"/> that selects an ADO.NET database.</summary>
    public const string AdoNetProvider = "AdoNet";

    /// <summary>The connection string name that clustering and storage share in the deployment files.</summary>
    public const string RedisConnectionName = "redis";

    /// <summary>The Orleans service id.</summary>
    public const string ServiceId = "itd-orleans";

    /// <summary>The Orleans cluster id.</summary>
    public const string ClusterId = "itd";

    /// <summary>The silo-to-silo port.</summary>
    public const int SiloPort = 11111;

    /// <summary>The client gateway port.</summary>
    public const int GatewayPort = 30000;

    /// <summary>The web endpoint, bound to loopback so nothing is reachable from outside unless configured.</summary>
    public const string WebUrls = "http://127.0.0.1:8080";

    /// <summary>The value of <see cref="ConfigurationKeys.WebUrls"/> that switches the web endpoint off.</summary>
    public const string WebDisabled = "none";

    /// <summary>The path of the Prometheus scrape endpoint on a silo's web endpoint.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>The path of the Orleans Dashboard on a silo's web endpoint.</summary>
    public const string DashboardPath = "/dashboard";
}
