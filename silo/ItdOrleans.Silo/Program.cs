using ItdOrleans.Grains;
using ItdOrleans.ServiceDefaults;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

var builder = Host.CreateApplicationBuilder(args);
var configuration = builder.Configuration;
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
});

await builder.Build().RunAsync();
