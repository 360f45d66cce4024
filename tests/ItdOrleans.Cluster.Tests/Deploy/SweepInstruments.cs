using System.Diagnostics.Metrics;
using ItdOrleans.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;

namespace ItdOrleans.Cluster.Tests.Deploy;

/// <summary>The instruments <see cref="SweepMetrics"/> publishes, as the runtime sees them.</summary>
internal static class SweepInstruments
{
    public static IReadOnlyList<Instrument> Published()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        var instruments = new List<Instrument>();
        using var listener = new MeterListener();

        listener.InstrumentPublished = (instrument, _) =>
        {
            if (instrument.Meter.Name == TelemetryNames.Source)
            {
                instruments.Add(instrument);
            }
        };
        listener.Start();
        _ = new SweepMetrics(factory);

        return instruments;
    }

    /// <summary>The Prometheus series names of every sweep instrument.</summary>
    public static IReadOnlySet<string> PrometheusSeries() =>
        Published().SelectMany(PrometheusNaming.SeriesNames).ToHashSet(StringComparer.Ordinal);
}
