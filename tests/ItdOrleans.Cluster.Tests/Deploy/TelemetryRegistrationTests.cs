using System.Diagnostics;
using System.Reflection;
using ItdOrleans.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ItdOrleans.Cluster.Tests.Deploy;

public sealed class TelemetryRegistrationTests
{
    [Fact]
    public void Without_an_otlp_endpoint_no_signal_is_exported()
    {
        using var host = Build(new Dictionary<string, string?>());

        var configuration = host.Services.GetRequiredService<IConfiguration>();
        Assert.Equal(OtlpSignals.None, OtlpSignals.FromConfiguration(configuration));
        Assert.Null(Internal(host.Services.GetRequiredService<TracerProvider>(), "Processor"));
        Assert.Null(Internal(host.Services.GetRequiredService<MeterProvider>(), "Reader"));
        Assert.Null(Internal(host.Services.GetRequiredService<LoggerProvider>(), "Processor"));
    }

    [Fact]
    public void An_otlp_endpoint_adds_an_exporter_to_every_signal_not_turned_off()
    {
        using var host = Build(new Dictionary<string, string?>
        {
            [ConfigurationKeys.OtlpEndpoint] = "http://127.0.0.1:4317",
            [ConfigurationKeys.MetricsExporter] = "none",
        });

        Assert.Equal(new OtlpSignals(Traces: true, Metrics: false, Logs: true),
            OtlpSignals.FromConfiguration(host.Services.GetRequiredService<IConfiguration>()));
        Assert.NotNull(Internal(host.Services.GetRequiredService<TracerProvider>(), "Processor"));
        Assert.Null(Internal(host.Services.GetRequiredService<MeterProvider>(), "Reader"));
        Assert.NotNull(Internal(host.Services.GetRequiredService<LoggerProvider>(), "Processor"));
    }

    [Fact]
    public async Task Sweep_and_trial_spans_reach_an_exporter_with_their_names_and_attributes()
    {
        var spans = new List<Activity>();
        using var host = Build(new Dictionary<string, string?>(), services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
        await host.StartAsync();

        using (SweepActivities.StartSweep("sweep-1", trialCount: 2))
        {
            using var trial = SweepActivities.StartTrial("trial-1", "itd", seed: 7);
            SweepActivities.RecordFailure(trial, new InvalidOperationException("diverged"));
        }

        host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        var sweep = Assert.Single(spans, span => span.GetTagItem(TelemetryNames.SweepIdAttribute) is "sweep-1");
        var trialSpan = Assert.Single(spans, span => span.GetTagItem(TelemetryNames.TrialIdAttribute) is "trial-1");
        Assert.Equal(TelemetryNames.Source, trialSpan.Source.Name);
        Assert.Equal(sweep.SpanId, trialSpan.ParentSpanId);
        Assert.Equal("itd", trialSpan.GetTagItem(TelemetryNames.RuleAttribute));
        Assert.Equal(ActivityStatusCode.Error, trialSpan.Status);
        await host.StopAsync();
    }

    [Fact]
    public async Task Recorded_measurements_reach_an_exporter_under_the_instrument_names()
    {
        var exported = new List<Metric>();
        using var host = Build(new Dictionary<string, string?>(), services =>
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(exported)));
        await host.StartAsync();
        var metrics = host.Services.GetRequiredService<SweepMetrics>();

        // Other tests in this process record on meters of the same name; a rule of our own tells ours apart.
        var rule = "fba-" + Guid.NewGuid().ToString("N");
        metrics.TrialStarted(rule);
        metrics.IterationsTrained(rule, 600);
        metrics.Evaluated(rule, EvaluationSplit.Validation, accuracy: 0.91, loss: 0.3);
        metrics.TrialEnded(rule, TrialOutcome.Diverged, TimeSpan.FromSeconds(12));

        host.Services.GetRequiredService<MeterProvider>().ForceFlush();
        Assert.Equal(600, Assert.Single(Points(exported, TelemetryNames.TrainingIterations, rule)).GetSumLong());
        Assert.Equal(0, Assert.Single(Points(exported, TelemetryNames.TrialsRunning, rule)).GetSumLong());
        var accuracy = Assert.Single(Points(exported, TelemetryNames.Accuracy, rule));
        Assert.Equal(0.91, accuracy.GetGaugeLastValueDouble());
        Assert.Equal("validation", Tag(accuracy, TelemetryNames.SplitTag));
        var ended = Assert.Single(Points(exported, TelemetryNames.TrialsEnded, rule));
        Assert.Equal("diverged", Tag(ended, TelemetryNames.StatusTag));
        Assert.Equal(12, Assert.Single(Points(exported, TelemetryNames.TrialDuration, rule)).GetHistogramSum());
        await host.StopAsync();
    }

    private static IHost Build(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddItdTelemetry("itd-test");
        configure?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>An internal member of an SDK provider: where the SDK keeps its exporting pipeline.</summary>
    private static object? Internal(object provider, string property)
    {
        const BindingFlags AnyInstance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        var member = provider.GetType().GetProperty(property, AnyInstance)
            ?? throw new MissingMemberException(provider.GetType().FullName, property);
        return member.GetValue(provider);
    }

    private static List<MetricPoint> Points(List<Metric> exported, string name, string rule)
    {
        var points = new List<MetricPoint>();
        foreach (var metric in exported.Where(metric => metric.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                if (Tag(point, TelemetryNames.RuleTag) as string == rule)
                {
                    points.Add(point);
                }
            }
        }

        return points;
    }

    private static object? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value;
            }
        }

        return null;
    }
}
