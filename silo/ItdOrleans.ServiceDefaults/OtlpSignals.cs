using Microsoft.Extensions.Configuration;

namespace ItdOrleans.ServiceDefaults;

/// <summary>Which signals go to the OTLP exporter, chosen by the standard OpenTelemetry variables.</summary>
/// <param name="Traces">Whether spans are exported.</param>
/// <param name="Metrics">Whether metrics are exported.</param>
/// <param name="Logs">Whether logs are exported.</param>
public readonly record struct OtlpSignals(bool Traces, bool Metrics, bool Logs)
{
    /// <summary>No signal is exported.</summary>
    public static OtlpSignals None => default;

    /// <summary>
    /// Every signal when an OTLP endpoint is configured, less those whose exporter variable says "none".
    /// </summary>
    public static OtlpSignals FromConfiguration(IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[ConfigurationKeys.OtlpEndpoint]))
        {
            return None;
        }

        return new OtlpSignals(
            IsOn(configuration, ConfigurationKeys.TracesExporter),
            IsOn(configuration, ConfigurationKeys.MetricsExporter),
            IsOn(configuration, ConfigurationKeys.LogsExporter));
    }

    private static bool IsOn(IConfiguration configuration, string key) =>
        !string.Equals(configuration[key]?.Trim(), "none", StringComparison.OrdinalIgnoreCase);
}
