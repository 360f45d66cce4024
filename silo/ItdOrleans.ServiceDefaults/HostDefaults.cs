namespace ItdOrleans.ServiceDefaults;

/// <summary>The values hosts use when the configuration leaves a key out.</summary>
public static class HostDefaults
{
    /// <summary>Clustering in one process on localhost.</summary>
    public const string ClusterProvider = "memory";

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
