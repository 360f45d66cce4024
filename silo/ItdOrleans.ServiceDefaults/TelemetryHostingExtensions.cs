using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ItdOrleans.ServiceDefaults;

/// <summary>Telemetry every ItdOrleans host sets up the same way.</summary>
public static class TelemetryHostingExtensions
{
    /// <summary>
    /// Collects ItdOrleans and Orleans spans, metrics and logs under <paramref name="serviceName"/>, and
    /// exports them over OTLP only when the environment names an endpoint.
    /// </summary>
    public static TBuilder AddItdTelemetry<TBuilder>(this TBuilder builder, string serviceName)
        where TBuilder : IHostApplicationBuilder
    {
        var otlp = OtlpSignals.FromConfiguration(builder.Configuration);

        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton<SweepMetrics>();

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(TelemetryNames.Source).AddSource([.. TelemetryNames.OrleansActivitySources]);
                if (otlp.Traces)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(TelemetryNames.Source, TelemetryNames.OrleansMeter).AddRuntimeInstrumentation();
                if (otlp.Metrics)
                {
                    metrics.AddOtlpExporter();
                }
            })
            .WithLogging(
                logging =>
                {
                    if (otlp.Logs)
                    {
                        logging.AddOtlpExporter();
                    }
                },
                options =>
                {
                    options.IncludeFormattedMessage = true;
                    options.IncludeScopes = true;
                });

        return builder;
    }

    /// <summary>Keeps metrics for Prometheus to scrape from the endpoint <see cref="MapItdMetrics"/> maps.</summary>
    public static TBuilder AddItdPrometheusExporter<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddPrometheusExporter());
        return builder;
    }

    /// <summary>Maps the Prometheus scrape endpoint at <see cref="HostDefaults.MetricsPath"/>.</summary>
    public static IEndpointConventionBuilder MapItdMetrics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPrometheusScrapingEndpoint(HostDefaults.MetricsPath);
}
