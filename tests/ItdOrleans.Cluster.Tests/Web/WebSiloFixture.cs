using ItdOrleans.Cluster.Tests.Durability;
using ItdOrleans.Grains;
using ItdOrleans.ServiceDefaults;
using ItdOrleans.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace ItdOrleans.Cluster.Tests.Web;

/// <summary>
/// A silo hosted by a web application in this process, set up as the silo host sets one up, with
/// its web endpoint on a free loopback port. Trials train one at a time so a sweep lasts long
/// enough for its page to be watched.
/// </summary>
public sealed class WebSiloFixture(IMessageSink log) : IAsyncLifetime
{
    private WebApplication? _app;

    public WebApplication App => _app ?? throw new InvalidOperationException("The web silo did not start.");

    /// <summary>The web endpoint's address, ending without a slash.</summary>
    public string BaseAddress { get; private set; } = "";

    public IGrainFactory Grains => App.Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        RealDigitsSetting.Announce(log);
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ConfigurationKeys.WebUrls] = "http://127.0.0.1:0",
            [RealDigitsSetting.Key] = RealDigitsSetting.Value,
            ["Itd:TrainingSlots"] = "1",
            ["Itd:SweepPollInterval"] = "00:00:00.200",
            ["Itd:SliceDuration"] = "00:00:00.100",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddItdSiloWeb();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort.Next(), FreePort.Next(), serviceId: "itd-web-tests", clusterId: "web");
            silo.AddItdOrleans(builder.Configuration);
            silo.AddItdDashboard();
        });

        _app = builder.Build();
        _app.MapItdWeb();
        await _app.StartAsync();
        var addresses = _app.Services.GetRequiredService<IServer>()
            .Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = addresses.Addresses.Single().TrimEnd('/');
    }

    // After a failed start there may be no application to stop.
    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
