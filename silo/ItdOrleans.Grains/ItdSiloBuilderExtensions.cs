using ItdOrleans.Contracts;
using ItdOrleans.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.MembershipService.SiloMetadata;

namespace ItdOrleans.Grains;

/// <summary>The silo set-up shared by the silo host, the client's local mode and the test cluster.</summary>
public static class ItdSiloBuilderExtensions
{
    /// <summary>The configuration section of the grains' storage provider.</summary>
    public const string StorageSection = "Orleans:GrainStorage:" + GrainStorage.Provider;

    /// <summary>The configuration section bound to <see cref="ClusterMembershipOptions"/>.</summary>
    public const string MembershipSection = "Orleans:Membership";

    /// <summary>
    /// Adds the grains' services and options (section "Itd", checked at start), the JSON wire format,
    /// this silo's training slots and the datasets it found published as silo metadata, the watch on
    /// storage outages, the placement of trials on silos with their data weighted by the slots of
    /// each, the sweep metrics, trace propagation across grain calls, the recovery of running sweeps,
    /// the membership options of section "Orleans:Membership" and the "itd" grain storage: in memory
    /// unless the configuration names a provider for it under "Orleans:GrainStorage:itd", where a
    /// SQLite database gets its schema on first use.
    /// </summary>
    public static ISiloBuilder AddItdOrleans(this ISiloBuilder silo, IConfiguration configuration)
    {
        var itd = configuration.GetSection(ItdOptions.Section);
        silo.Services.AddOptions<ItdOptions>().Bind(itd).ValidateOnStart();
        silo.Services.AddSingleton<IValidateOptions<ItdOptions>, ItdOptionsValidator>();
        silo.Services.AddOptions<ClusterMembershipOptions>().Bind(configuration.GetSection(MembershipSection));
        silo.Services.AddItdSerializer();
        silo.Services.AddSingleton<TrainingSlots>();
        silo.Services.AddSingleton<PublishedMetadata>();
        silo.Services.AddSingleton<PublishedTrainingSlots>();
        silo.Services.AddSingleton<PublishedDatasets>();
        silo.Services.AddSingleton<DatasetProvider>();
        silo.Services.AddSingleton<StorageOutage>();
        silo.Services.AddMetrics();
        silo.Services.TryAddSingleton<SweepMetrics>();
        silo.AddActivityPropagation();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SweepRecovery>();
        var settings = itd.Get<ItdOptions>() ?? new ItdOptions();
        var datasets = PublishedDatasets.AtHand.Of(settings);
        silo.Services.AddSingleton(datasets);
        silo.UseSiloMetadata(new Dictionary<string, string>(
            [.. PublishedTrainingSlots.Metadata(settings.ResolvedTrainingSlots), .. PublishedDatasets.Metadata(datasets)]));
        silo.AddPlacementDirector<SlotWeightedPlacement, SlotWeightedPlacementDirector>();

        var storage = configuration.GetSection(StorageSection);
        if (!storage.Exists())
        {
            silo.AddMemoryGrainStorage(GrainStorage.Provider);
        }
        else if (SqliteConnectionString(configuration, storage) is { } connectionString)
        {
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services =>
                new SqliteSchema(connectionString, services.GetRequiredService<ILogger<SqliteSchema>>()));
        }

        return silo;
    }

    private static string? SqliteConnectionString(IConfiguration configuration, IConfigurationSection storage)
    {
        var isSqlite = string.Equals(storage["ProviderType"], "AdoNet", StringComparison.OrdinalIgnoreCase)
            && string.Equals(storage["Invariant"], SqliteSchema.Invariant, StringComparison.OrdinalIgnoreCase);
        if (!isSqlite)
        {
            return null;
        }

        var connectionString = storage["ConnectionString"] is { Length: > 0 } given
            ? given
            : configuration.GetConnectionString(storage["ConnectionName"] ?? "");
        return string.IsNullOrEmpty(connectionString)
            ? throw new InvalidOperationException(
                $"{StorageSection} uses SQLite but sets neither ConnectionString nor a ConnectionName "
                + "found under ConnectionStrings.")
            : connectionString;
    }
}
