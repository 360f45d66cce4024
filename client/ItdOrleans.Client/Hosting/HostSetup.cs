using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ItdOrleans.Client.Hosting;

/// <summary>The host builder both modes start from.</summary>
internal static class HostSetup
{
    /// <summary>
    /// The .NET configuration on this program's command line (<c>--Section:Key=value</c>), set by
    /// <see cref="ItdApp"/> before a command runs.
    /// </summary>
    public static IReadOnlyList<string> CommandLineConfiguration { get; set; } = [];

    /// <summary>
    /// Configuration from appsettings.json beside the program, the environment, the command line
    /// and the given overrides, later ones winning; runtime logs on standard error only when asked for.
    /// The host does not listen for signals: the command does.
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(
        bool verbose, IEnumerable<KeyValuePair<string, string?>> overrides)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [.. CommandLineConfiguration],
        });
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();

        builder.Logging.ClearProviders();
        if (verbose)
        {
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Information);
        }

        return builder;
    }

    /// <summary>The configuration a host built now would read, without building one.</summary>
    public static IConfiguration ReadConfiguration() => CreateBuilder(verbose: false, []).Configuration;
}
