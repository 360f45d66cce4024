using ItdOrleans.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ItdOrleans.Cluster.Tests.Deploy;

public sealed class PrometheusScrapeTests
{
    [Fact]
    public async Task The_metrics_endpoint_serves_every_sweep_instrument_under_its_prometheus_name()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddItdTelemetry("itd-test").AddItdPrometheusExporter();
        await using var app = builder.Build();
        app.MapItdMetrics();
        await app.StartAsync();
        var metrics = app.Services.GetRequiredService<SweepMetrics>();
        metrics.TrialStarted("vbp");
        metrics.IterationsTrained("vbp", 10);
        metrics.Evaluated("vbp", EvaluationSplit.Test, accuracy: 0.8, loss: 0.5);
        metrics.TrialEnded("vbp", TrialOutcome.Finished, TimeSpan.FromSeconds(3));

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        using var client = new HttpClient();
        var text = await client.GetStringAsync(address + HostDefaults.MetricsPath);

        var served = PrometheusText.SeriesNames(text);
        Assert.All(SweepInstruments.PrometheusSeries(), name => Assert.Contains(name, served));
        Assert.Contains("itd_trials_ended_total{", text);
        await app.StopAsync();
    }
}
