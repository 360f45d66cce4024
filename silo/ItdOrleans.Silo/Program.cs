using ItdOrleans.Grains;
using ItdOrleans.ServiceDefaults;
using ItdOrleans.Silo;
using ItdOrleans.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

// A silo that cannot start says why in one line and exits with 1; --verbose adds the detail.
var (arguments, verbose) = StartupFailure.Parse(args);
WebApplicationBuilder? builder = null;
try
{
    // Settings beside the program, wherever it is started from.
    builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = arguments,
        ContentRootPath = AppContext.BaseDirectory,
    });
    var configuration = builder.Configuration;
    builder.AddItdSiloWeb();
    builder.UseOrleans(silo =>
    {
        // Providers, ids and endpoints come from the "Orleans" section, which Orleans reads by itself;
        // without a clustering provider the silo runs alone on localhost.
        if (configuration.GetClusterProvider() is null)
        {
            silo.UseLocalhostClustering(configuration.GetSiloPort(), configuration.GetGatewayPort());
        }

        if (configuration.UsesKubernetesHosting())
        {
            silo.UseKubernetesHosting();
        }
        else
        {
            silo.Configure<ClusterOptions>(options =>
            {
                options.ServiceId = configuration.GetServiceId();
                options.ClusterId = configuration.GetClusterId();
            });
        }

        silo.AddItdOrleans(configuration);
        silo.AddItdDashboard();
    });

    var app = builder.Build();
    app.MapItdWeb();
    await StartupChecks.RunAsync(app);
    await app.RunAsync();
    return 0;
}
catch (Exception exception)
{
    return StartupFailure.Report(exception, verbose, builder?.Configuration);
}
