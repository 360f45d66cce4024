using System.Text.Json;
using System.Text.Json.Serialization;
using ItdOrleans.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Dashboard;

namespace ItdOrleans.Web;

/// <summary>Turns a web application into a silo host with telemetry and a web endpoint.</summary>
public static class SiloWebExtensions
{
    /// <summary>The service name silos report their telemetry under.</summary>
    public const string ServiceName = "itd-silo";

    /// <summary>
    /// Adds the silo's telemetry and Prometheus exporter, and binds the web endpoint to the URLs of
    /// <see cref="ConfigurationKeys.WebUrls"/> (loopback by default), or to nothing when they are "none".
    /// </summary>
    public static WebApplicationBuilder AddItdSiloWeb(this WebApplicationBuilder builder)
    {
        builder.AddItdTelemetry(ServiceName).AddItdPrometheusExporter();
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
            options.SerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
        });

        var urls = builder.Configuration.GetWebUrls();
        if (urls is null)
        {
            builder.Services.AddSingleton<IServer, NoWebServer>();
        }
        else
        {
            builder.WebHost.UseUrls(urls);
        }

        return builder;
    }

    /// <summary>Adds the Orleans Dashboard's collection of grain and silo statistics to the silo.</summary>
    public static ISiloBuilder AddItdDashboard(this ISiloBuilder silo) => silo.AddDashboard();

    /// <summary>
    /// Maps the sweep pages at "/", Prometheus metrics at <see cref="HostDefaults.MetricsPath"/> and the
    /// Orleans Dashboard at <see cref="HostDefaults.DashboardPath"/>.
    /// </summary>
    public static WebApplication MapItdWeb(this WebApplication app)
    {
        app.MapItdMetrics();
        app.MapOrleansDashboard(HostDefaults.DashboardPath);
        app.MapSweepPages();
        return app;
    }
}
