using ItdOrleans.Contracts;
using ItdOrleans.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ItdOrleans.Grains;

/// <summary>The silo set-up shared by the silo host, the client's local mode and the test cluster.</summary>
public static class ItdSiloBuilderExtensions
{
    /// <summary>
    /// Adds the grains' services and options (section "Itd"), the JSON wire format, the spread
    /// placement of trials, the sweep metrics, trace propagation across grain calls and the "itd" grain storage: in memory unless the configuration names
    /// a provider for it under "Orleans:GrainStorage:itd".
    /// </summary>
    public static ISiloBuilder AddItdOrleans(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.AddOptions<ItdOptions>().Bind(configuration.GetSection(ItdOptions.Section));
        silo.Services.AddItdSerializer();
        silo.Services.AddSingleton<TrainingSlots>();
        silo.Services.AddSingleton<DatasetProvider>();
        silo.Services.AddMetrics();
        silo.Services.TryAddSingleton<SweepMetrics>();
        silo.AddActivityPropagation();
        silo.AddPlacementDirector<SpreadPlacement, SpreadPlacementDirector>();
        if (!configuration.GetSection($"Orleans:GrainStorage:{GrainStorage.Provider}").Exists())
        {
            silo.AddMemoryGrainStorage(GrainStorage.Provider);
        }

        return silo;
    }
}
