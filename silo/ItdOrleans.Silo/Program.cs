using ItdOrleans.Grains;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.UseOrleans(silo =>
{
    // Clustering comes from "Orleans:Clustering" when configured; a lone development silo otherwise.
    if (!builder.Configuration.GetSection("Orleans:Clustering").Exists())
    {
        silo.UseLocalhostClustering();
    }

    silo.AddItdOrleans(builder.Configuration);
});

await builder.Build().RunAsync();
