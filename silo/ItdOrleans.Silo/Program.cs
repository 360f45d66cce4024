using ItdOrleans.Grains;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.UseOrleans(silo =>
{
    // Providers come from the "Orleans" section (Orleans:Clustering:ProviderType and so on);
    // without a clustering provider, a lone development silo on localhost.
    if (!builder.Configuration.GetSection("Orleans:Clustering").Exists())
    {
        silo.UseLocalhostClustering();
    }

    silo.AddItdOrleans(builder.Configuration);
});

await builder.Build().RunAsync();
