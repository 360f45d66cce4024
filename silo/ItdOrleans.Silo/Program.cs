using ItdOrleans.Grains;
using ItdOrleans.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddItdSiloWeb();
builder.UseOrleans(silo =>
{
    // Clustering comes from "Orleans:Clustering" when configured; a lone development silo otherwise.
    if (!builder.Configuration.GetSection("Orleans:Clustering").Exists())
    {
        silo.UseLocalhostClustering();
    }

    silo.AddItdOrleans(builder.Configuration);
    silo.AddItdDashboard();
});

var app = builder.Build();
app.MapItdWeb();
await app.RunAsync();
